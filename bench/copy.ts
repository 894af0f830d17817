// `npm run bench:copy`: `ferry copy` (the shipped CLI, `node dist/cli.js copy`) side by side with
// `skopeo copy --all --preserve-digests` between two real docker-registry instances on loopback, in one
// run: 1 layer × 1 MiB, 4 × 32 MiB, 8 × 64 MiB, the no-op re-copy, the same-registry promotion and,
// with --big, a 2 GiB image for peak RSS. Fresh target registry for every copy, tools alternated, medians.
// Prints the table with ratios and checks the targets; exits 1 when one is missed. Not a test.
// Flags: --runs N (default 7: with 3, a few ms of noise on a 0.1 s case moves a ratio by 0.1), --big,
// --jobs N (passed to ferry), --only NAME (one case, repeatable),
// --tls (every registry on HTTPS with one test CA, trusted by ferry through --ca-file and by skopeo
// through --src-cert-dir/--dest-cert-dir; the ratios are shown, the loopback targets do not apply).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AMD64, createTestImage, skopeoPush } from '../test/helpers/images';
import { createServerPki, type ServerPki } from '../test/helpers/pki';
import {
  startRegistry,
  type RegistryServer,
  type RegistryServerOptions,
} from '../test/helpers/servers/registry';

const execFileAsync = promisify(execFile);

interface Measure {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpu: number;
  rssMiB: number;
  stdout: string;
}

interface BenchArgs {
  runs: number;
  big: boolean;
  tls: boolean;
  jobs?: number;
  only: string[];
}

interface ImageCase {
  name: string;
  layers: number;
  layerMiB: number;
  /** Largest ferry/skopeo ratio of the median wall times. */
  target?: number;
}

const IMAGES: readonly ImageCase[] = [
  { name: '1 layer × 1 MiB', layers: 1, layerMiB: 1, target: 1.0 },
  { name: '4 × 32 MiB', layers: 4, layerMiB: 32, target: 0.9 },
  { name: '8 × 64 MiB', layers: 8, layerMiB: 64, target: 0.8 },
];
const BIG: ImageCase = { name: '2 GiB (8 × 256 MiB)', layers: 8, layerMiB: 256 };
const MAX_RSS_MIB = 100;

function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { runs: 7, big: false, tls: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a ?? ''} needs a value`);
      return value;
    };
    if (a === '--big') args.big = true;
    else if (a === '--tls') args.tls = true;
    else if (a === '--runs') args.runs = Number(next());
    else if (a === '--jobs') args.jobs = Number(next());
    else if (a === '--only') args.only.push(next());
    else throw new Error(`unknown flag ${a ?? ''}`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  return args;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs a command under /usr/bin/time -v: wall time measured here, CPU and peak RSS from time's report. */
async function timed(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Measure> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await execFileAsync('/usr/bin/time', ['-v', command, ...args], {
      maxBuffer: 64 << 20,
      env,
    });
    const seconds = (performance.now() - started) / 1000;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    const cpu = Number(user?.[1] ?? NaN) + Number(system?.[1] ?? NaN);
    return { seconds, cpu, rssMiB: rss?.[1] ? Number(rss[1]) / 1024 : NaN, stdout };
  } catch (error) {
    const detail =
      error instanceof Error && 'stderr' in error ? String(error.stderr).slice(-2000) : String(error);
    throw new Error(`${command} ${args.join(' ')} failed:\n${detail}`, { cause: error });
  }
}

function bytesSentOf(stdout: string): number {
  const result: unknown = JSON.parse(stdout);
  if (typeof result === 'object' && result !== null && 'bytesSent' in result) {
    const sent = result.bytesSent;
    if (typeof sent === 'number') return sent;
  }
  throw new Error(`ferry --json printed no bytesSent: ${stdout}`);
}

interface Row {
  name: string;
  ferry: Measure[];
  skopeo: Measure[];
  /** The no-op row compares ferry minus `node -e 0` with skopeo's whole time. */
  floor?: number;
  /** Shown without a target (the no-op over TLS). */
  informational?: boolean;
  /** A copy row that also shows ferry's time beyond `node -e 0` against skopeo's (not checked). */
  beyondFloor?: boolean;
  target?: number;
  note?: string;
}

class Bench {
  readonly rows: Row[] = [];
  readonly floors: number[] = [];
  /** `node -e 0` without NODE_EXTRA_CA_CERTS, when the environment sets it (see floor()). */
  readonly bareFloors: number[] = [];

  constructor(
    private readonly args: BenchArgs,
    private readonly cli: string,
    private readonly work: string,
    /** With --tls: the CA of every registry, and a directory holding it as skopeo's cert dir. */
    private readonly tls?: { pki: ServerPki; certDir: string },
  ) {}

  registry(): Promise<RegistryServer> {
    const options: RegistryServerOptions = this.tls ? { tls: true, pki: this.tls.pki } : {};
    return startRegistry(options);
  }

  ferry(src: string, dst: string): Promise<Measure> {
    return timed(process.execPath, [
      this.cli,
      'copy',
      src,
      dst,
      '--json',
      ...(this.tls ? ['--ca-file', this.tls.pki.caFile] : []),
      ...(this.args.jobs ? ['--jobs', String(this.args.jobs)] : []),
    ]);
  }

  skopeo(src: string, dst: string): Promise<Measure> {
    return timed('skopeo', [
      'copy',
      '--all',
      '--preserve-digests',
      '--quiet',
      ...(this.tls
        ? ['--src-cert-dir', this.tls.certDir, '--dest-cert-dir', this.tls.certDir]
        : ['--src-tls-verify=false', '--dest-tls-verify=false']),
      `docker://${src}`,
      `docker://${dst}`,
    ]);
  }

  async floor(): Promise<void> {
    this.floors.push((await timed(process.execPath, ['-e', '0'])).seconds);
    // Node before 22 reads that bundle before any JavaScript runs, in every process: shown beside the
    // floor, since a runner that does not set it starts Node that much sooner (both tools get the same env).
    if (process.env.NODE_EXTRA_CA_CERTS) {
      const { NODE_EXTRA_CA_CERTS: _unused, ...bare } = process.env;
      this.bareFloors.push((await timed(process.execPath, ['-e', '0'], bare)).seconds);
    }
  }

  /** Copies of one image into fresh targets; with `noop`, the re-copy of each is measured too. */
  async image(image: ImageCase, options: { noop: boolean; promotion: boolean }): Promise<void> {
    const dir = join(this.work, `${image.layers}x${image.layerMiB}`);
    console.log(`[${image.name}] generating ${image.layers} layers × ${image.layerMiB} MiB of random data`);
    const made = await createTestImage(dir, {
      layers: image.layers,
      layerSize: image.layerMiB << 20,
      platforms: [AMD64],
      index: false,
      tag: 'v1',
    });
    const source = await this.registry();
    try {
      const src = `${source.host}/bench/app:v1`;
      await skopeoPush(made, src);
      const over = this.tls ? ' over TLS' : '';
      const copy: Row = {
        name: `${image.name}${over}`,
        ferry: [],
        skopeo: [],
        ...(image.target && !this.tls ? { target: image.target } : {}),
        // On a copy this short, most of ferry's time is Node's own start: show the rest apart.
        ...(image.layerMiB === 1 ? { beyondFloor: true } : {}),
      };
      const noop: Row = {
        name: `no-op re-copy (${image.name})${over}`,
        ferry: [],
        skopeo: [],
        floor: 0,
        ...(this.tls ? { informational: true } : {}),
      };
      for (let run = 0; run < this.args.runs; run++) {
        const order = run % 2 === 0 ? (['ferry', 'skopeo'] as const) : (['skopeo', 'ferry'] as const);
        for (const tool of order) {
          const target: RegistryServer = await this.registry();
          try {
            const dst = `${target.host}/bench/app:v1`;
            const first = tool === 'ferry' ? await this.ferry(src, dst) : await this.skopeo(src, dst);
            copy[tool].push(first);
            let line = `  run ${run + 1} ${tool.padEnd(6)} copy ${first.seconds.toFixed(2)} s (CPU ${first.cpu.toFixed(2)} s, RSS ${first.rssMiB.toFixed(0)} MiB)`;
            if (options.noop) {
              const again = tool === 'ferry' ? await this.ferry(src, dst) : await this.skopeo(src, dst);
              if (tool === 'ferry' && bytesSentOf(again.stdout) !== 0)
                throw new Error('the no-op re-copy sent bytes');
              noop[tool].push(again);
              line += `, no-op ${again.seconds.toFixed(3)} s`;
            }
            console.log(line);
          } finally {
            await target.stop();
          }
          await this.floor();
        }
      }
      this.rows.push(copy);
      if (options.noop) this.rows.push(noop);
      if (options.promotion) {
        const promote: Row = {
          name: `same-registry promotion (${image.name})${over}`,
          ferry: [],
          skopeo: [],
        };
        let sent = 0;
        for (let run = 0; run < this.args.runs; run++) {
          const f = await this.ferry(src, `${source.host}/prod-f${run}/app:v1`);
          sent += bytesSentOf(f.stdout);
          promote.ferry.push(f);
          promote.skopeo.push(await this.skopeo(src, `${source.host}/prod-s${run}/app:v1`));
        }
        promote.note = `${sent} blob bytes sent`;
        this.rows.push(promote);
      }
    } finally {
      await source.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }
}

function ratioOf(row: Row, floor: number): number {
  const f = median(row.ferry.map((m) => m.seconds));
  const k = median(row.skopeo.map((m) => m.seconds));
  return row.floor !== undefined ? (f - floor) / k : f / k;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = join(import.meta.dirname, '..');
  const work = await mkdtemp(join(tmpdir(), 'ferry-bench-'));
  const cleanups: (() => Promise<void>)[] = [];
  try {
    await execFileAsync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
    const cli = join(root, 'dist', 'cli.js');
    let tls: { pki: ServerPki; certDir: string } | undefined;
    if (args.tls) {
      const pki = createServerPki();
      const certDir = join(work, 'certs');
      await mkdir(certDir);
      await copyFile(pki.caFile, join(certDir, 'ca.crt'));
      tls = { pki, certDir };
      cleanups.push(() => rm(pki.dir, { recursive: true, force: true }));
    }
    const bench = new Bench(args, cli, work, tls);
    for (let i = 0; i < 3; i++) await bench.floor();
    const { stdout: skopeoVersion } = await execFileAsync('skopeo', ['--version']);
    const { stdout: cpus } = await execFileAsync('nproc');
    const { stdout: load } = await execFileAsync('cat', ['/proc/loadavg']);
    console.log(
      `node ${process.version}, ${skopeoVersion.trim()}, ${cpus.trim()} cores, load ${load.split(' ').slice(0, 3).join(' ')}; ferry = node dist/cli.js copy, --jobs ${args.jobs ?? 'default'}; ${args.runs} runs each${args.tls ? '; every registry on HTTPS' : ''}`,
    );
    const wanted = (c: ImageCase): boolean =>
      args.only.length === 0 || args.only.some((o) => c.name.includes(o));
    for (const image of IMAGES)
      if (wanted(image))
        await bench.image(image, { noop: image.layerMiB === 1, promotion: image.layerMiB === 64 });
    if (args.big) await bench.image(BIG, { noop: false, promotion: false });

    const floor = median(bench.floors);
    const misses: string[] = [];
    const lines = [
      `| image | ferry | skopeo | ferry/skopeo | target | CPU ferry / skopeo | peak RSS ferry / skopeo |`,
      `| --- | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ];
    for (const row of bench.rows) {
      const f = median(row.ferry.map((m) => m.seconds));
      const k = median(row.skopeo.map((m) => m.seconds));
      const ratio = ratioOf(row, floor);
      const target = row.floor !== undefined && !row.informational ? 1.0 : row.target;
      const ok = target === undefined || ratio <= target;
      if (!ok) misses.push(`${row.name}: ${ratio.toFixed(2)} > ${target?.toFixed(2) ?? ''}`);
      const fr = Math.max(...row.ferry.map((m) => m.rssMiB));
      const kr = Math.max(...row.skopeo.map((m) => m.rssMiB));
      const beyond = `(ferry − node -e 0) / skopeo = ${((f - floor) / k).toFixed(2)}`;
      const mark = ok ? '' : ' ✗';
      const ratioText =
        row.floor !== undefined
          ? `${beyond}${mark}`
          : `${ratio.toFixed(2)}${mark}${row.beyondFloor ? `; ${beyond}, not checked` : ''}`;
      lines.push(
        `| ${row.name} | ${f.toFixed(2)} s | ${k.toFixed(2)} s | ${ratioText} | ${target === undefined ? (row.note ?? '') : `≤ ${target.toFixed(1)}`} | ${median(row.ferry.map((m) => m.cpu)).toFixed(2)} / ${median(row.skopeo.map((m) => m.cpu)).toFixed(2)} s | ${fr.toFixed(0)} / ${kr.toFixed(0)} MiB |`,
      );
      if (row.note && !row.note.startsWith('0 ')) misses.push(`${row.name}: ${row.note}, want 0`);
    }
    const biggest = bench.rows.find((r) => r.name === BIG.name);
    if (biggest) {
      const rss = Math.max(...biggest.ferry.map((m) => m.rssMiB));
      if (rss > MAX_RSS_MIB)
        misses.push(`peak RSS on ${BIG.name}: ${rss.toFixed(0)} MiB > ${MAX_RSS_MIB} MiB`);
    }
    console.log(
      `\nmedians of ${args.runs}, wall time from process start to exit; node -e 0 = ${floor.toFixed(3)} s${bench.bareFloors.length ? ` (${median(bench.bareFloors).toFixed(3)} s without NODE_EXTRA_CA_CERTS, which this environment sets and Node < 22 reads at start)` : ''}\n`,
    );
    console.log(lines.join('\n'));
    if (!biggest) console.log(`\n(peak RSS on 2 GiB not measured; pass --big)`);
    if (misses.length) {
      console.log(`\nMISSED: ${misses.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log('\nall targets met');
    }
  } finally {
    for (const cleanup of cleanups) await cleanup();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
