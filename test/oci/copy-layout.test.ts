// copyImage between two OCI layout stores (no server needed), plus the pieces it is made of: the
// bounded pool, platform matching and the progress printer.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyImage,
  createProgressPrinter,
  renderProgress,
  useTerminalProgress,
  type BlobInFlight,
  type ProgressView,
  parsePlatform,
  platformMatches,
  type CopyProgress,
} from '../../lib/oci/copy';
import { runBounded } from '../../lib/util/pool';
import { openLayout } from '../../lib/oci/layout/store';
import type { Repository } from '../../lib/oci/types';
import { createTestImage, digestOf, type TestImage } from '../helpers/images';

let work: string;
let image: TestImage;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ferry-copy-layout-'));
  image = await createTestImage(join(work, 'src'), {
    layers: 2,
    layerSize: 30_000,
    referrer: true,
    tag: 'v1',
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('copyImage between layouts', () => {
  it('copies the index with its digest, reports progress, and is a no-op the second time', async () => {
    const events: CopyProgress[] = [];
    const source = await openLayout(image.dir);
    const target = await openLayout(join(work, 'a'), { create: true });
    const result = await copyImage({
      source,
      sourceReference: 'v1',
      target,
      tags: ['v1', 'latest'],
      onProgress: (p) => events.push(p),
    });
    expect(result).toMatchObject({
      sourceDigest: image.top.descriptor.digest,
      targetDigest: image.top.descriptor.digest,
      blobsUploaded: 6,
      manifestsWritten: 3,
      tagsWritten: ['v1', 'latest'],
      noop: false,
    });
    expect(result.bytesSent).toBe(image.blobBytes - image.blobs.slice(-2).reduce((n, b) => n + b.size, 0));
    expect(events.at(-1)).toMatchObject({
      phase: 'done',
      blobsDone: 6,
      blobsTotal: 6,
      bytesSent: result.bytesSent,
    });
    expect(
      events
        .filter((e) => e.manifest?.platform)
        .map((e) => e.manifest?.platform)
        .sort(),
    ).toEqual(['linux/amd64', 'linux/arm64']);
    expect(await target.tagList()).toEqual(['latest', 'v1']);

    const again = await copyImage({ source, sourceReference: 'v1', target, tags: ['v1', 'latest'] });
    expect(again).toMatchObject({ noop: true, bytesSent: 0, manifestsWritten: 0, tagsWritten: [] });
  });

  it("copies one platform as its own manifest, tagged in the layout's index.json", async () => {
    const source = await openLayout(image.dir);
    const target = await openLayout(join(work, 'b'), { create: true });
    const result = await copyImage({
      source,
      sourceReference: 'v1',
      target,
      tags: ['amd'],
      platforms: ['linux/amd64'],
    });
    expect(result.digestChanged).toBe(true);
    expect(result.platforms).toEqual(['linux/amd64']);
    expect(result.blobsUploaded).toBe(3);
    const top = await target.manifestGet('amd');
    expect(top.descriptor.digest).toBe(result.targetDigest);
    expect(result.targetDigest).toBe(image.manifests[0]?.descriptor.digest);
    expect(Buffer.from(top.bytes).equals(Buffer.from(image.manifests[0]?.bytes ?? []))).toBe(true);
    expect(await target.manifestHead(image.manifests[1]?.descriptor.digest ?? '')).toBeUndefined();
  });

  it('copies referrers only when asked', async () => {
    const source = await openLayout(image.dir);
    const without = await openLayout(join(work, 'c'), { create: true });
    await copyImage({ source, sourceReference: 'v1', target: without, tags: ['v1'] });
    expect(await without.referrers(image.top.descriptor.digest)).toEqual([]);
    const withReferrers = await copyImage({
      source,
      sourceReference: 'v1',
      target: without,
      tags: ['v1'],
      referrers: true,
    });
    expect(withReferrers.referrersCopied).toBe(1);
    expect((await without.referrers(image.top.descriptor.digest)).map((d) => d.digest)).toEqual(
      image.referrers.map((r) => r.descriptor.digest),
    );
  });

  it('follows referrers of referrers (a signature of the SBOM)', async () => {
    const sbom = image.referrers[0];
    if (!sbom) throw new Error('no referrer');
    const source = await openLayout(image.dir);
    const empty = {
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    };
    const signature = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json',
        config: empty,
        layers: [empty],
        subject: {
          mediaType: sbom.descriptor.mediaType,
          digest: sbom.descriptor.digest,
          size: sbom.descriptor.size,
        },
      }),
    );
    const signatureDigest = await source.manifestPut(
      digestOf(signature),
      'application/vnd.oci.image.manifest.v1+json',
      signature,
    );
    const target = await openLayout(join(work, 'e'), { create: true });
    const result = await copyImage({ source, sourceReference: 'v1', target, tags: ['v1'], referrers: true });
    expect(result.referrersCopied).toBe(2);
    expect((await target.referrers(sbom.descriptor.digest)).map((d) => d.digest)).toEqual([signatureDigest]);
  });

  it('refuses a target digest that is not the one written', async () => {
    const source = await openLayout(image.dir);
    const target = await openLayout(join(work, 'd'), { create: true });
    await expect(
      copyImage({ source, sourceReference: 'v1', target, expectDigest: `sha256:${'0'.repeat(64)}` }),
    ).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
    expect(await target.manifestHead(image.top.descriptor.digest)).toBeUndefined();
  });

  it('refuses a tag whose manifest file no longer matches the digest index.json names for it', async () => {
    const dir = join(work, 'altered');
    await cp(image.dir, dir, { recursive: true });
    const file = join(dir, 'blobs', 'sha256', image.top.descriptor.digest.slice('sha256:'.length));
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from(' ')]));
    const target = await openLayout(join(work, 'f'), { create: true });
    await expect(
      copyImage({ source: await openLayout(dir), sourceReference: 'v1', target, tags: ['v1'] }),
    ).rejects.toThrow(
      new RegExp(
        `:v1 failed verification: its bytes have digest sha256:[a-f0-9]{64}, not ${image.top.descriptor.digest}`,
      ),
    );
    expect(await target.tagList()).toEqual([]);
  });
});

/**
 * A layout target that logs the calls copyImage makes, and answers the HEAD of the top's digest only once
 * `release` says so (or after 20 s, logged as such, so a copy that waits for it fails instead of hanging).
 * Stands in for a registry here because the order of requests is what is checked.
 */
function recordingTarget(
  inner: Repository,
  digest: string,
  release: (calls: readonly string[]) => boolean,
): { target: Repository; calls: string[] } {
  const calls: string[] = [];
  let open: (() => void) | undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const check = (): void => {
    if (release(calls)) open?.();
  };
  const target = new Proxy(inner, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(object);
      if (key === 'manifestHead')
        return async (reference: string) => {
          calls.push(`manifestHead ${reference}`);
          check();
          if (reference === digest) {
            const timer = setTimeout(() => {
              calls.push('gave up waiting');
              open?.();
            }, 20_000);
            await opened;
            clearTimeout(timer);
          }
          return method(reference);
        };
      if (key === 'blobHead' || key === 'blobPut')
        return (...args: unknown[]) => {
          calls.push(`${key} ${String((args[0] as { digest?: string }).digest ?? args[0])}`);
          check();
          return method(...args);
        };
      return method;
    },
  });
  return { target, calls };
}

describe("copyImage's requests to a target without the tag", () => {
  let single: TestImage;
  beforeAll(async () => {
    single = await createTestImage(join(work, 'single-src'), {
      layers: 3,
      layerSize: 2_000,
      index: false,
      tag: 'v1',
    });
  });

  it("sends the top's digest HEAD beside the first blobs' HEADs, and asks no blob twice", async () => {
    const digest = single.top.descriptor.digest;
    const { target, calls } = recordingTarget(
      await openLayout(join(work, 'beside'), { create: true }),
      digest,
      // Answered only once every blob's HEAD is out: a copy that waits for the answer first never gets it.
      (seen) => seen.filter((c) => c.startsWith('blobHead')).length === single.blobs.length,
    );
    const result = await copyImage({
      source: await openLayout(single.dir),
      sourceReference: 'v1',
      target,
      tags: ['v1'],
      jobs: 8,
    });
    expect(calls).not.toContain('gave up waiting');
    expect(result).toMatchObject({ targetDigest: digest, blobsUploaded: single.blobs.length, noop: false });
    for (const blob of single.blobs) {
      expect(calls.filter((c) => c === `blobHead ${blob.digest}`)).toHaveLength(1);
      expect(calls.filter((c) => c === `blobPut ${blob.digest}`)).toHaveLength(1);
    }
  });

  it('uploads nothing to a target that holds the image under another tag, and writes the tag', async () => {
    const source = await openLayout(single.dir);
    const inner = await openLayout(join(work, 'held'), { create: true });
    await copyImage({ source, sourceReference: 'v1', target: inner, tags: ['old'] });
    const digest = single.top.descriptor.digest;
    const { target, calls } = recordingTarget(inner, digest, (seen) =>
      seen.some((c) => c.startsWith('blobHead')),
    );
    const result = await copyImage({ source, sourceReference: 'v1', target, tags: ['v1'], jobs: 2 });
    expect(calls).not.toContain('gave up waiting');
    expect(calls.filter((c) => c.startsWith('blobPut'))).toEqual([]);
    // No more than the first `jobs` blob HEADs went out before the answer came.
    expect(calls.filter((c) => c.startsWith('blobHead')).length).toBeLessThanOrEqual(2);
    expect(result).toMatchObject({
      targetDigest: digest,
      bytesSent: 0,
      blobsUploaded: 0,
      manifestsWritten: 0,
      tagsWritten: ['v1'],
    });
    expect((await inner.manifestHead('v1'))?.digest).toBe(digest);
  });
});

describe('runBounded', () => {
  it('never runs more than the limit at once and stops starting work after a failure', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const work = runBounded([1, 2, 3, 4, 5, 6, 7, 8], 3, async (n) => {
      started.push(n);
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (n === 2) throw new Error('boom');
    });
    await expect(work).rejects.toThrow('boom');
    expect(peak).toBe(3);
    expect(started.length).toBeLessThan(8);
  });
});

describe('platforms', () => {
  it.each([
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, true],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v6' }, false],
    ['linux/amd64', { os: 'windows', architecture: 'amd64' }, false],
    // containerd's normalisation: aliases and default variants
    ['linux/aarch64', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/x86_64', { os: 'linux', architecture: 'amd64' }, true],
    ['linux/amd64', { os: 'linux', architecture: 'amd64', variant: 'v1' }, true],
    ['linux/amd64', { os: 'linux', architecture: 'amd64', variant: 'v3' }, false],
    ['linux/arm', { os: 'linux', architecture: 'arm', variant: 'v7' }, true],
    ['linux/arm', { os: 'linux', architecture: 'arm', variant: 'v6' }, false],
    ['linux/arm/7', { os: 'linux', architecture: 'arm', variant: 'v7' }, true],
    ['linux/armhf', { os: 'linux', architecture: 'arm', variant: 'v7' }, true],
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v9' }, false],
    ['linux/arm64/9', { os: 'linux', architecture: 'arm64', variant: 'v9' }, true],
    ['Linux/ARM64', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/386', { os: 'linux', architecture: 'i386' }, true],
    ['linux/arm64', { os: 'unknown', architecture: 'unknown' }, false],
  ])('%s matches %j: %s', (text, platform, expected) => {
    expect(platformMatches(parsePlatform(text), platform)).toBe(expected);
  });
});

describe('createProgressPrinter', () => {
  const event = (p: Partial<CopyProgress>): CopyProgress => ({
    phase: 'blobs',
    bytesSent: 0,
    bytesTotal: 10,
    blobsDone: 0,
    blobsTotal: 2,
    ...p,
  });
  const capture = () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    return { stream, text: () => chunks.join('') };
  };

  it('prints one line per platform image when not a terminal', () => {
    const out = capture();
    const printer = createProgressPrinter({ stream: out.stream, isTTY: false, label: 'r/app:1' });
    printer.onProgress(event({ bytesSent: 5 }));
    printer.onProgress(
      event({ phase: 'manifests', manifest: { digest: 'sha256:abc', platform: 'linux/amd64' } }),
    );
    printer.finish();
    expect(out.text()).toBe('r/app:1: linux/amd64 sha256:abc written\n');
  });

  it('redraws a block in place on a terminal (totals, then each blob in flight) and clears it at the end', () => {
    const out = capture();
    const printer = createProgressPrinter({
      stream: out.stream,
      isTTY: true,
      label: 'r/app:1',
      intervalMs: 0,
    });
    const digest = `sha256:${'ab'.repeat(32)}`;
    printer.onProgress(event({ blob: { digest, size: 4096, sent: 0, state: 'started' } }));
    printer.onProgress(
      event({ bytesSent: 2048, blob: { digest, size: 4096, sent: 2048, state: 'sending' } }),
    );
    printer.onProgress(
      event({ bytesSent: 4096, blobsDone: 1, blob: { digest, size: 4096, sent: 4096, state: 'uploaded' } }),
    );
    printer.finish();
    const frames = out.text().split('\u001b[J').slice(1);
    // first frame: totals + the blob; the cursor goes back up over the lines it drew before each redraw
    expect(frames[0]).toMatch(/^r\/app:1: blobs 0\/2, 0 B of 10 B, .*\/s\n {2}abababababab \[>/);
    expect(out.text()).toContain('\u001b[2A\r\u001b[J');
    expect(frames[1]).toContain('2.0 KiB / 4.0 KiB');
    // the finished blob leaves the block: the last frame has only the totals line
    expect(frames[2]).toMatch(/^r\/app:1: blobs 1\/2, 4.0 KiB of 10 B/);
    expect(frames[2]?.split('\n')[1]).toBe('\u001b[1A\r');
    expect(out.text().endsWith('\u001b[1A\r\u001b[J')).toBe(true);
  });

  it('throttles terminal redraws but always draws the last state', () => {
    const out = capture();
    const printer = createProgressPrinter({
      stream: out.stream,
      isTTY: true,
      label: 'x',
      intervalMs: 60_000,
    });
    for (let i = 0; i < 100; i++) printer.onProgress(event({ bytesSent: i }));
    printer.onProgress(event({ phase: 'done', bytesSent: 10, blobsDone: 2 }));
    const frames = out.text().split('\u001b[J').slice(1);
    expect(frames).toHaveLength(2);
    expect(frames[1]).toContain('blobs 2/2, 10 B of 10 B');
  });
});

describe('renderProgress', () => {
  const digest = (c: string) => `sha256:${c.repeat(64)}`;
  const view = (inFlight: BlobInFlight[]): ProgressView => ({
    label: 'reg/app:1',
    startedAt: 0,
    bytesSent: 96 * 1024 * 1024,
    bytesTotal: 256 * 1024 * 1024,
    blobsDone: 3,
    blobsTotal: 8,
    inFlight,
  });

  it.each([
    [[], ['reg/app:1: blobs 3/8, 96 MiB of 256 MiB, 48 MiB/s']],
    [
      [{ digest: digest('a'), size: 32 << 20, sent: 8 << 20, startedAt: 1000 }],
      [
        'reg/app:1: blobs 3/8, 96 MiB of 256 MiB, 48 MiB/s',
        '  aaaaaaaaaaaa [=====>              ] 8.0 MiB / 32 MiB  8.0 MiB/s',
      ],
    ],
    [
      [{ digest: digest('b'), size: 0, sent: 0, startedAt: 2000 }],
      [
        'reg/app:1: blobs 3/8, 96 MiB of 256 MiB, 48 MiB/s',
        '  bbbbbbbbbbbb [====================] 0 B / 0 B  0 B/s',
      ],
    ],
  ] as const)('renders %j at 2 s', (inFlight, lines) => {
    expect(renderProgress(view([...inFlight]), 2000)).toEqual(lines);
  });

  it('shows at most maxBlobs blobs and cuts lines to the terminal width', () => {
    const many = ['1', '2', '3', '4'].map((c, i) => ({
      digest: digest(c),
      size: 100,
      sent: 50,
      startedAt: i,
    }));
    const lines = renderProgress(view(many), 2000, { maxBlobs: 2, columns: 30 });
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('  … and 2 more');
    for (const line of lines) expect(line.length).toBeLessThan(30);
  });
});

describe('useTerminalProgress', () => {
  it.each([
    [{ isTTY: true }, false, {}, true],
    [{ isTTY: false }, false, {}, false],
    [{}, false, {}, false],
    [{ isTTY: true }, true, {}, false],
    [{ isTTY: true }, false, { TERM: 'dumb' }, false],
    [{ isTTY: true }, false, { TERM: 'xterm-256color', CI: 'true' }, true],
  ])('stderr %j, json %s, env %j: %s', (stream, json, env, expected) => {
    expect(useTerminalProgress({ stream, json, env })).toBe(expected);
  });
});
