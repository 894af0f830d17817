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
  for await (const raw of stream) {
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
  }
  return Buffer.concat(chunks, length);
}

/** A Content-Length header value as a number, when it is a plain one. */
export function parseContentLength(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text);
}
