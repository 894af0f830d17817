// The body of a registry blob GET: a Readable for any reader, and for an upload a direct pump into the
// request (`pumpTo`), where reading, resuming, counting, the digest and size check and the write happen
// in one place, with no stream stage between the sockets. A body told what it should be (`verifyAs`)
// checks every byte as it passes and holds back its last chunk until the digest matched, so a blob that
// is not what its descriptor says never completes an upload. A dropped connection mid-body is resumed
// by the repository (a Range request) through `reopen`.
import { Readable } from 'node:stream';
import { BlobCheck, type DigestVerifierOptions } from '../digest';
import type { FerryError } from '../../util/errors';
import type { BodyFeed } from '../transport/feed';

/** Where a pump writes: an http.ClientRequest (the upload). */
export interface BlobSink {
  write(chunk: Buffer, callback: (error?: Error | null) => void): boolean;
  readonly writableLength: number;
}

/** A fresh body after a failure: its feed and how many bytes at its start were passed on already. */
export interface ReopenedBody {
  feed: BodyFeed;
  skip: number;
}

export interface BlobBodyOptions {
  /** The length the first response declared, when it did. */
  size: number | undefined;
  feed: BodyFeed;
  /** Opens the body again at `offset` after `failure`, or throws when the failure is final. */
  reopen(offset: number, failure: Error): Promise<ReopenedBody>;
  /** The error for a body longer than the first response declared. */
  overrun(size: number): FerryError;
  /** Bytes passed on (the repository's download counter). */
  onBytes(bytes: number): void;
}

function shortBody(offset: number, size: number): Error {
  return Object.assign(new Error(`connection closed after ${offset} of ${size} bytes`), {
    code: 'UND_ERR_SOCKET',
  });
}

export class BlobBody extends Readable {
  private feed: BodyFeed;
  private offset = 0;
  private skip = 0;
  private check: BlobCheck | undefined;
  private expected: DigestVerifierOptions | undefined;
  private onVerified: ((bytes: number) => void) | undefined;
  private checked = false;
  private started = false;
  private reopening = false;
  /** The pump in progress: how it delivers a chunk, and how it ends. */
  private pump:
    | {
        sink: BlobSink;
        onSent: (bytes: number) => void;
        resolve: (bytes: number) => void;
        reject: (error: Error) => void;
        sent: number;
        /** The write the pump waits for (0: none). */
        waitingFor: number;
        writes: number;
      }
    | undefined;

  constructor(private readonly options: BlobBodyOptions) {
    super();
    this.feed = options.feed;
  }

  /**
   * Checks the body against `expected` (sha256 and size) as it passes; `onVerified` counts the bytes
   * that passed. A mismatch fails the body (code DIGEST_MISMATCH) before its last chunk is passed on.
   */
  verifyAs(expected: DigestVerifierOptions, onVerified: (bytes: number) => void): void {
    if (this.started) throw new Error('verifyAs after the body started');
    this.expected = expected;
    this.check = new BlobCheck(expected);
    this.onVerified = onVerified;
  }

  /** True when the body verifies itself as the blob `digest` of `size` bytes. */
  verifies(digest: string, size: number): boolean {
    return this.expected?.digest === digest && this.expected.size === size;
  }

  /**
   * Writes the whole body into `sink` (not ending it), waiting for each write to leave the reused read
   * buffer before reading on. Resolves with the bytes written; rejects (and fails the body) when the
   * source fails for good or the body is not what `verifyAs` said.
   */
  pumpTo(sink: BlobSink, onSent: (bytes: number) => void): Promise<number> {
    if (this.started) return Promise.reject(new Error('the blob body was already read'));
    return new Promise<number>((resolve, reject) => {
      this.pump = { sink, onSent, resolve, reject, sent: 0, waitingFor: 0, writes: 0 };
      this.begin();
    });
  }

  /** True while a pump waits for the source's next bytes, not for the sink to take the last ones. */
  waitingOnSource(): boolean {
    return this.pump !== undefined && this.pump.waitingFor === 0;
  }

  override _read(): void {
    if (!this.started) this.begin();
    else if (!this.reopening) this.feed.resume();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.feed.destroy();
    const pump = this.pump;
    this.pump = undefined;
    pump?.reject(error ?? Object.assign(new Error('the blob body was closed'), { code: 'ABORT_ERR' }));
    callback(error);
  }

  private begin(): void {
    this.started = true;
    this.startFeed(this.feed);
  }

  private startFeed(feed: BodyFeed): void {
    feed.start({
      chunk: (chunk) => {
        if (feed === this.feed && !this.destroyed) this.passOn(chunk);
      },
      end: () => {
        if (feed === this.feed && !this.destroyed) this.ended();
      },
      error: (error) => {
        if (feed === this.feed && !this.destroyed) void this.broken(error);
      },
    });
  }

  private passOn(raw: Buffer): void {
    let chunk = raw;
    if (this.skip > 0) {
      const dropped = Math.min(this.skip, chunk.length);
      this.skip -= dropped;
      if (dropped === chunk.length) return;
      chunk = chunk.subarray(dropped);
    }
    const size = this.options.size;
    this.offset += chunk.length;
    if (size !== undefined && this.offset > size) {
      this.destroy(this.options.overrun(size));
      return;
    }
    this.options.onBytes(chunk.length);
    if (this.check) {
      const mismatch = this.check.update(chunk) ?? (this.check.complete ? this.finishCheck() : undefined);
      if (mismatch) {
        this.destroy(mismatch);
        return;
      }
      this.onVerified?.(chunk.length);
    }
    const pump = this.pump;
    if (pump) {
      const token = ++pump.writes;
      const accepted = pump.sink.write(chunk, () => {
        if (pump.waitingFor !== token || this.pump !== pump) return;
        pump.waitingFor = 0;
        this.feed.resume();
      });
      pump.sent += chunk.length;
      pump.onSent(chunk.length);
      // A reused read buffer must not be read into while the sink still holds it.
      if (this.feed.transient ? pump.sink.writableLength > 0 : !accepted) {
        pump.waitingFor = token;
        this.feed.pause();
      }
      return;
    }
    if (!this.push(this.feed.transient ? Buffer.from(chunk) : chunk)) this.feed.pause();
  }

  private finishCheck(): FerryError | undefined {
    this.checked = true;
    return this.check?.finish();
  }

  private ended(): void {
    const size = this.options.size;
    if (size !== undefined && this.offset < size) {
      void this.broken(shortBody(this.offset, size));
      return;
    }
    const mismatch = this.check && !this.checked ? this.finishCheck() : undefined;
    if (mismatch) {
      this.destroy(mismatch);
      return;
    }
    const pump = this.pump;
    if (pump) {
      this.pump = undefined;
      pump.resolve(pump.sent);
      this.push(null);
      this.resume();
    } else {
      this.push(null);
    }
  }

  /** The connection broke: resume at the current offset, or fail for good. */
  private async broken(failure: Error): Promise<void> {
    this.feed.destroy();
    if (this.options.size !== undefined && (failure as { code?: unknown }).code === 'ERR_BODY_OVERRUN') {
      this.destroy(this.options.overrun(this.options.size));
      return;
    }
    this.reopening = true;
    try {
      const next = await this.options.reopen(this.offset, failure);
      if (this.destroyed) {
        next.feed.destroy();
        return;
      }
      this.feed = next.feed;
      this.skip = next.skip;
      this.reopening = false;
      this.startFeed(next.feed);
      if (this.pump?.waitingFor) this.feed.pause();
    } catch (error) {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
