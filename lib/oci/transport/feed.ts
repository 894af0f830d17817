// Blob bodies as feeds: chunks handed to one consumer with pause and resume, the cheapest way to move
// bytes through Node. Two sources: a response stream of the full transport (fresh buffers), and a raw
// plain-HTTP GET (lib/oci/transport/raw-get.ts) that reads into one reused buffer, so its chunks are
// valid only during the call that delivers them (`transient`).
import type { Readable } from 'node:stream';

export interface FeedHandlers {
  /** The next bytes; when the feed is transient, valid only until this call returns. */
  chunk(chunk: Buffer): void;
  /** The body ended (a raw feed ends when its declared length arrived). */
  end(): void;
  error(error: Error): void;
}

export interface BodyFeed {
  /** True when a chunk is valid only during the `chunk` call (the feed reuses its read buffer). */
  readonly transient: boolean;
  /** Starts delivery (once), after which `pause` and `resume` control it. */
  start(handlers: FeedHandlers): void;
  pause(): void;
  resume(): void;
  /** Drops the connection; no handler is called after this. */
  destroy(): void;
}

/**
 * Set on a response stream while its feed holds it back (the consumer is slow): the transport then does
 * not count the pause against the server. A stream read another way (events, iteration) never has it.
 */
const HELD_BACK: unique symbol = Symbol('ferry.heldBack');

/** True while a feed holds `stream` back. */
export function isHeldBack(stream: Readable): boolean {
  return (stream as Readable & { [HELD_BACK]?: boolean })[HELD_BACK] === true;
}

function holdBack(stream: Readable, held: boolean): void {
  (stream as Readable & { [HELD_BACK]?: boolean })[HELD_BACK] = held;
}

function prematureClose(): Error {
  return Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' });
}

/** A feed over a response stream of the full transport. */
export class StreamFeed implements BodyFeed {
  readonly transient = false;
  private settled = false;

  constructor(private readonly stream: Readable) {}

  start(handlers: FeedHandlers): void {
    const settle = (): boolean => {
      if (this.settled) return false;
      this.settled = true;
      return true;
    };
    this.stream.on('data', (chunk: Buffer) => {
      if (!this.settled) handlers.chunk(chunk);
    });
    this.stream.once('end', () => {
      if (settle()) handlers.end();
    });
    this.stream.once('error', (error) => {
      if (settle()) handlers.error(error);
    });
    this.stream.once('close', () => {
      if (settle()) handlers.error(prematureClose());
    });
    this.stream.resume();
  }

  pause(): void {
    holdBack(this.stream, true);
    this.stream.pause();
  }

  resume(): void {
    holdBack(this.stream, false);
    this.stream.resume();
  }

  destroy(): void {
    this.settled = true;
    this.stream.destroy();
  }
}
