// Reads a byte stream whole with a limit enforced while it streams: once past the limit (or past the
// length the sender declared) the stream is destroyed, so a huge or endless body stops there.

/** Why a read was stopped, in a few words, for the caller's own error (which names the sender). */
export type OverLimit = (why: string) => Error;

function toBuffer(raw: unknown): Buffer {
  if (Buffer.isBuffer(raw)) return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  throw new TypeError('a byte stream yielded something that is not bytes');
}

export interface ReadLimitedOptions {
  limit: number;
  /** The Content-Length (or size) the sender declared; more than that is an error too. */
  declaredLength?: number | undefined;
  /** Builds the error thrown when a bound is passed. */
  over: OverLimit;
}

export async function readLimited(
  stream: AsyncIterable<unknown> & { destroy(error?: Error): unknown },
  options: ReadLimitedOptions,
): Promise<Buffer> {
  const { limit, declaredLength, over } = options;
  if (declaredLength !== undefined && declaredLength > limit) {
    stream.destroy();
    throw over(`it declares ${declaredLength} bytes, over the limit of ${limit}`);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  await eachChunk(stream, (raw) => {
    const chunk = toBuffer(raw);
    length += chunk.length;
    if (length > limit) {
      stream.destroy();
      throw over(`it sent more than the limit of ${limit} bytes`);
    }
    if (declaredLength !== undefined && length > declaredLength) {
      stream.destroy();
      throw over(`it sent more than the ${declaredLength} bytes it declared`);
    }
    chunks.push(chunk);
    return true;
  });
  return Buffer.concat(chunks, length);
}

/** What eachChunk reads from: a Node stream, or any async iterable of byte chunks. */
export type ChunkSource = AsyncIterable<unknown> & { destroy(error?: Error): unknown };

interface EventStream {
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
  resume(): unknown;
  readableEnded: boolean;
  destroyed: boolean;
  errored: Error | null;
}

function isEventStream(stream: unknown): stream is EventStream {
  return (
    typeof stream === 'object' &&
    stream !== null &&
    'on' in stream &&
    typeof stream.on === 'function' &&
    'off' in stream &&
    typeof stream.off === 'function' &&
    'resume' in stream &&
    typeof stream.resume === 'function' &&
    'readableEnded' in stream
  );
}

function ignore(): void {
  // see eachChunk
}

function prematureClose(): Error {
  return Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
}

/**
 * Calls `onChunk` for each chunk of the stream until it ends, or until `onChunk` returns false or
 * throws (then the rest is not read; the caller destroys the stream if it must). A Node stream is read
 * through its events, as `for await` would read it but without loading Node's async-iterator and
 * end-of-stream machinery, which is a few ms of a short command; a stream that closes before its end
 * fails with ERR_STREAM_PREMATURE_CLOSE, as there. Anything else is read with `for await`.
 */
export async function eachChunk(stream: ChunkSource, onChunk: (raw: unknown) => boolean): Promise<void> {
  if (!isEventStream(stream)) {
    for await (const raw of stream) if (!onChunk(raw)) return;
    return;
  }
  if (stream.readableEnded) return;
  if (stream.destroyed) throw stream.errored ?? prematureClose();
  await new Promise<void>((resolve, reject) => {
    const done = (error?: unknown, early = false): void => {
      stream.off('data', data);
      stream.off('end', end);
      stream.off('error', fail);
      stream.off('close', close);
      // Stopped before the end: the caller may destroy the stream, and some streams (undici's bodies)
      // then emit an error of their own, which is not this read's to report.
      if (early) stream.on('error', ignore);
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const data = (raw: unknown): void => {
      let more: boolean;
      try {
        more = onChunk(raw);
      } catch (error) {
        done(error, true);
        return;
      }
      if (!more) done(undefined, true);
    };
    const end = (): void => done();
    const fail = (error: Error): void => done(error);
    const close = (): void => {
      if (!stream.readableEnded) done(stream.errored ?? prematureClose());
    };
    stream.on('data', data);
    stream.on('end', end);
    stream.on('error', fail);
    stream.on('close', close);
    // A stream paused before would not start flowing for a 'data' listener alone.
    stream.resume();
  });
}

/** A Content-Length header value as a number, when it is a plain one. */
export function parseContentLength(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text);
}
