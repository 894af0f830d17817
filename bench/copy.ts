// `npm run bench:copy`: times `ferry copy` against `skopeo copy --all` between two real docker-registry
// instances (fresh target each run, runs alternated), plus the no-op re-copy and a same-registry
// promotion; prints medians, ratios ferry/skopeo and peak RSS. Not a test. Flags: --big (adds a 2 GiB
// image), --runs N (default 5), --jobs N (passed to ferry), --layers N --layer-mib N (image shape).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AMD64, createTestImage, skopeoPush } from '../test/helpers/images';
import { startRegistry, type RegistryServer } from '../test/helpers/servers/registry';

const execFileAsync = promisify(execFile);
let ferryArgs: string[] = [];

interface Measure {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpu: number;
  rssMiB: number;
  stdout: string;
}

interface BenchArgs {
  big: boolean;
  runs: number;
  jobs?: number;
  layers: number;
  layerMiB: number;
}

function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { big: false, runs: 5, layers: 8, layerMiB: 64 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): number => Number(argv[++i]);
    if (a === '--big') args.big = true;
    else if (a === '--runs') args.runs = next();
    else if (a === '--jobs') args.jobs = next();
    else if (a === '--layers') args.layers = next();
    else if (a === '--layer-mib') args.layerMiB = next();
    else throw new Error(`unknown flag ${a ?? ''}`);
  }
  return args;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs a command under /usr/bin/time -v: wall time measured here, peak RSS from time's report. */
async function timed(command: string, args: readonly string[]): Promise<Measure> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await execFileAsync('/usr/bin/time', ['-v', command, ...args], {
      maxBuffer: 64 << 20,
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

/** Builds dist/ as `npm run build` does and times the shipped CLI, chunks and all. */
async function bundleFerry(_dir: string): Promise<{ file: string; args: string[]; what: string }> {
  const root = join(import.meta.dirname, '..');
  await execFileAsync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
  return { file: join(root, 'dist', 'cli.js'), args: ['copy'], what: 'dist/cli.js copy' };
}

/** The `seconds` ferry reports in --json: the copy itself, without process start and exit. */
function inProcessSeconds(stdout: string): string {
  const result: unknown = JSON.parse(stdout);
  return typeof result === 'object' &&
    result !== null &&
    'seconds' in result &&
    typeof result.seconds === 'number'
    ? result.seconds.toFixed(2)
    : '?';
}

interface Scenario {
  name: string;
  ferry: Measure[];
  skopeo: Measure[];
}

function report(s: Scenario): string {
  const f = median(s.ferry.map((m) => m.seconds));
  const k = median(s.skopeo.map((m) => m.seconds));
  const fc = median(s.ferry.map((m) => m.cpu));
  const kc = median(s.skopeo.map((m) => m.cpu));
  const fr = Math.max(...s.ferry.map((m) => m.rssMiB));
  const kr = Math.max(...s.skopeo.map((m) => m.rssMiB));
  return `${s.name.padEnd(34)} ferry ${f.toFixed(2).padStart(6)} s  skopeo ${k.toFixed(2).padStart(6)} s  ratio ${(f / k).toFixed(2)}  CPU ${fc.toFixed(2)} s vs ${kc.toFixed(2)} s  peak RSS ferry ${fr.toFixed(0)} MiB, skopeo ${kr.toFixed(0)} MiB  (n=${s.ferry.length}+${s.skopeo.length})`;
}

async function benchImage(
  label: string,
  args: BenchArgs,
  ferryJs: string,
  work: string,
  layers: number,
  layerMiB: number,
): Promise<Scenario[]> {
  const dir = join(work, label);
  console.log(`[${label}] generating ${layers} layers x ${layerMiB} MiB of random data`);
  const image = await createTestImage(dir, {
    layers,
    layerSize: layerMiB << 20,
    platforms: [AMD64],
    index: false,
    tag: 'v1',
  });
  const source = await startRegistry();
  const ferry = (src: string, dst: string, extra: string[] = []): Promise<Measure> =>
    timed(process.execPath, [
      ferryJs,
      ...ferryArgs,
      src,
      dst,
      '--json',
      ...(args.jobs ? ['--jobs', String(args.jobs)] : []),
      ...extra,
    ]);
  const skopeo = (src: string, dst: string): Promise<Measure> =>
    timed('skopeo', [
      'copy',
      '--all',
      '--quiet',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${src}`,
      `docker://${dst}`,
    ]);
  try {
    await skopeoPush(image, `${source.host}/bench/app:v1`);
    const src = `${source.host}/bench/app:v1`;
    const full: Scenario = { name: `${label}: copy to a fresh registry`, ferry: [], skopeo: [] };
    const noop: Scenario = { name: `${label}: no-op re-copy`, ferry: [], skopeo: [] };
    for (let run = 0; run < args.runs; run++) {
      for (const tool of run % 2 === 0 ? (['ferry', 'skopeo'] as const) : (['skopeo', 'ferry'] as const)) {
        const target: RegistryServer = await startRegistry();
        try {
          const dst = `${target.host}/bench/app:v1`;
          const first = tool === 'ferry' ? await ferry(src, dst) : await skopeo(src, dst);
          const again = tool === 'ferry' ? await ferry(src, dst) : await skopeo(src, dst);
          full[tool].push(first);
          noop[tool].push(again);
          if (tool === 'ferry') {
            const result: unknown = JSON.parse(again.stdout);
            if (
              typeof result !== 'object' ||
              result === null ||
              !('bytesSent' in result) ||
              result.bytesSent !== 0
            )
              throw new Error('the no-op re-copy sent bytes');
          }
          console.log(
            `  run ${run + 1} ${tool.padEnd(6)} copy ${first.seconds.toFixed(2)} s (CPU ${first.cpu.toFixed(2)} s, RSS ${first.rssMiB.toFixed(0)} MiB), no-op ${again.seconds.toFixed(2)} s${tool === 'ferry' ? ` (in-process ${inProcessSeconds(again.stdout)} s)` : ''}`,
          );
        } finally {
          await target.stop();
        }
      }
    }
    const promote: Scenario = { name: `${label}: same-registry promotion`, ferry: [], skopeo: [] };
    let mountedBytes = -1;
    for (let run = 0; run < args.runs; run++) {
      const f = await ferry(src, `${source.host}/prod-f${run}/app:v1`);
      const result: unknown = JSON.parse(f.stdout);
      if (
        typeof result === 'object' &&
        result !== null &&
        'bytesSent' in result &&
        typeof result.bytesSent === 'number'
      )
        mountedBytes = result.bytesSent;
      promote.ferry.push(f);
      promote.skopeo.push(await skopeo(src, `${source.host}/prod-s${run}/app:v1`));
    }
    console.log(`  same-registry promotion: ferry sent ${mountedBytes} blob bytes (mounted)`);
    return [full, noop, promote];
  } finally {
    await source.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const work = await mkdtemp(join(tmpdir(), 'ferry-bench-'));
  try {
    const ferry = await bundleFerry(work);
    const ferryJs = ferry.file;
    ferryArgs = ferry.args;
    const floor: number[] = [];
    for (let i = 0; i < 5; i++) floor.push((await timed(process.execPath, ['-e', '0'])).seconds);
    const { stdout: skopeoVersion } = await execFileAsync('skopeo', ['--version']);
    const { stdout: cpus } = await execFileAsync('nproc');
    console.log(
      `node ${process.version}, ${skopeoVersion.trim()}, ${cpus.trim()} cores; ferry --jobs ${args.jobs ?? 'default'}; ferry = ${ferry.what}; node start-up floor (node -e 0) ${median(floor).toFixed(2)} s`,
    );
    const results: Scenario[] = [];
    results.push(
      ...(await benchImage(
        `${args.layers}x${args.layerMiB}MiB`,
        args,
        ferryJs,
        work,
        args.layers,
        args.layerMiB,
      )),
    );
    if (args.big)
      results.push(
        ...(await benchImage('2GiB', { ...args, runs: Math.min(args.runs, 3) }, ferryJs, work, 8, 256)),
      );
    console.log('\nmedians (wall time, process start to exit):');
    for (const s of results) console.log(report(s));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
