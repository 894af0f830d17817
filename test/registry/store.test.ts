// The registry store on its own: abandoned uploads expire, and a digest mismatch leaves nothing behind.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../lib/registry/backend';
import { RegistryHttpError } from '../../lib/registry/errors';
import { RegistryStore, sha256Of } from '../../lib/registry/store';

describe('RegistryStore', () => {
  it('drops uploads untouched for longer than the TTL when a new one starts, and keeps recent ones', async () => {
    let now = 1_000;
    const store = await RegistryStore.open(createMemoryBackend(), { uploadTtlMs: 100, now: () => now });
    const old = await store.startUpload('a/b');
    now += 60;
    const recent = await store.startUpload('a/b');
    now += 60;
    await store.startUpload('a/b');
    expect(store.openUploads).toBe(2);
    expect(() => store.upload('a/b', old.id)).toThrow(RegistryHttpError);
    expect(store.upload('a/b', recent.id)).toBe(recent);
    expect(() => store.upload('other/repo', recent.id)).toThrow(/upload unknown/);
  });

  it('links a verified upload in its repository only, and keeps nothing of a mismatched one', async () => {
    const store = await RegistryStore.open(createMemoryBackend());
    const bytes = Buffer.from('layer bytes');
    const good = await store.startUpload('a/b');
    await store.appendUpload(good, Readable.from([bytes.subarray(0, 5)]));
    await store.appendUpload(good, Readable.from([bytes.subarray(5)]));
    await store.finishUpload(good, sha256Of(bytes));
    expect(await store.blobSize('a/b', sha256Of(bytes))).toBe(bytes.length);
    expect(await store.blobSize('c/d', sha256Of(bytes))).toBeUndefined();

    const bad = await store.startUpload('c/d');
    await store.appendUpload(bad, Readable.from([Buffer.from('other')]));
    await expect(store.finishUpload(bad, sha256Of(Buffer.from('expected')))).rejects.toMatchObject({
      status: 400,
      code: 'DIGEST_INVALID',
    });
    expect(store.openUploads).toBe(0);
    expect(await store.blobSize('c/d', sha256Of(Buffer.from('other')))).toBeUndefined();
  });
});
