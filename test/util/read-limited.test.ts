// readLimited and eachChunk (lib/util/read-limited.ts): Node streams read through their events, and
// other async iterables, with the limit, the declared length, and a stream that closes before its end.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { eachChunk, readLimited } from '../../lib/util/read-limited';

const over = (why: string): Error => new Error(`over: ${why}`);

describe('readLimited', () => {
  it('reads a stream whole, from events or from an async iterable', async () => {
    const parts = [Buffer.from('ab'), Buffer.from('cd'), 'é'];
    expect((await readLimited(Readable.from(parts), { limit: 100, over })).toString()).toBe('abcdé');
    async function* generate(): AsyncGenerator<Buffer> {
      yield Buffer.from('x');
      yield Buffer.from('yz');
    }
    const iterable = Object.assign(generate(), { destroy: () => undefined });
    expect((await readLimited(iterable, { limit: 100, over })).toString()).toBe('xyz');
  });

  it('stops at the limit and at the declared length, and destroys the stream', async () => {
    const big = Readable.from([Buffer.alloc(60), Buffer.alloc(60)]);
    await expect(readLimited(big, { limit: 100, over })).rejects.toThrow(
      'over: it sent more than the limit of 100 bytes',
    );
    expect(big.destroyed).toBe(true);
    const lying = Readable.from([Buffer.alloc(10), Buffer.alloc(10)]);
    await expect(readLimited(lying, { limit: 100, declaredLength: 15, over })).rejects.toThrow(
      'over: it sent more than the 15 bytes it declared',
    );
    expect(lying.destroyed).toBe(true);
    const declaredTooMuch = Readable.from([Buffer.alloc(1)]);
    await expect(readLimited(declaredTooMuch, { limit: 100, declaredLength: 101, over })).rejects.toThrow(
      'over: it declares 101 bytes, over the limit of 100',
    );
  });

  it('fails on a stream that errors, or closes before its end', async () => {
    const failing = new PassThrough();
    const read = readLimited(failing, { limit: 100, over });
    failing.write('part');
    failing.destroy(new Error('connection reset'));
    await expect(read).rejects.toThrow('connection reset');

    const cut = new PassThrough();
    const readCut = readLimited(cut, { limit: 100, over });
    cut.write('part');
    cut.destroy();
    await expect(readCut).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });

    const already = new PassThrough();
    already.destroy();
    await expect(readLimited(already, { limit: 100, over })).rejects.toMatchObject({
      code: 'ERR_STREAM_PREMATURE_CLOSE',
    });
  });

  it('reads a stream that was paused before', async () => {
    const paused = new PassThrough();
    paused.pause();
    paused.end('still read');
    expect((await readLimited(paused, { limit: 100, over })).toString()).toBe('still read');
  });
});

describe('eachChunk', () => {
  it('stops when the callback says so, leaving the rest unread', async () => {
    const stream = new PassThrough();
    const seen: string[] = [];
    const reading = eachChunk(stream, (raw) => {
      seen.push(String(raw));
      return seen.length < 2;
    });
    stream.write('a');
    stream.write('b');
    await reading;
    stream.write('c');
    expect(seen).toEqual(['a', 'b']);
    expect(stream.listenerCount('data')).toBe(0);
    // A stream destroyed with an error after the read stopped does not crash the process.
    const closed = new Promise((resolve) => stream.once('close', resolve));
    stream.destroy(new Error('aborted after the read stopped'));
    await closed;
  });

  it('returns at once for a stream already at its end', async () => {
    const ended = Readable.from([]);
    await eachChunk(ended, () => true);
    await eachChunk(ended, () => {
      throw new Error('no chunk after the end');
    });
  });
});
