// Turns copy progress into output. On a terminal (stderr is a TTY): a block of lines redrawn in place,
// at most every `intervalMs`: one line with the totals, one per blob in flight with its bytes, a bar
// and its rate. In CI logs (no TTY): one line per image written, so logs stay short. Rendering is a pure
// function of the state and the clock, so it is tested without a terminal.
import type { CopyProgress } from './options';

export interface ProgressPrinterOptions {
  stream: NodeJS.WritableStream;
  isTTY: boolean;
  /** Names the copy in lines, e.g. `registry/app:1.0`. */
  label: string;
  /** Minimum time between terminal redraws. Default 150 ms. */
  intervalMs?: number;
  /** Blob lines shown at most (default 8); the rest are counted. */
  maxBlobs?: number;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${Math.round(n)} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? 'TiB'}`;
}

/** One blob in flight. `startedAt` and the clock passed to the renderer are in milliseconds. */
export interface BlobInFlight {
  digest: string;
  size: number;
  sent: number;
  startedAt: number;
}

export interface ProgressView {
  label: string;
  startedAt: number;
  bytesSent: number;
  bytesTotal: number;
  blobsDone: number;
  blobsTotal: number;
  /** Blobs being sent, in the order they started. */
  inFlight: readonly BlobInFlight[];
}

export interface RenderOptions {
  /** Terminal width: lines are cut to it so a redraw never wraps. */
  columns?: number;
  maxBlobs?: number;
}

function rate(bytes: number, ms: number): string {
  return `${formatBytes(bytes / Math.max(ms / 1000, 0.001))}/s`;
}

function bar(fraction: number, width: number): string {
  const filled = Math.max(0, Math.min(width, Math.floor(fraction * width)));
  return `[${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}]`;
}

/** The terminal lines for a view at time `now`: totals first, then each blob in flight. */
export function renderProgress(view: ProgressView, now: number, options: RenderOptions = {}): string[] {
  const maxBlobs = options.maxBlobs ?? 8;
  const lines = [
    `${view.label}: blobs ${view.blobsDone}/${view.blobsTotal}, ${formatBytes(view.bytesSent)} of ${formatBytes(view.bytesTotal)}, ${rate(view.bytesSent, now - view.startedAt)}`,
  ];
  for (const blob of view.inFlight.slice(0, maxBlobs)) {
    const fraction = blob.size > 0 ? blob.sent / blob.size : 1;
    lines.push(
      `  ${blob.digest.replace(/^sha256:/, '').slice(0, 12)} ${bar(fraction, 20)} ${formatBytes(blob.sent)} / ${formatBytes(blob.size)}  ${rate(blob.sent, now - blob.startedAt)}`,
    );
  }
  if (view.inFlight.length > maxBlobs) lines.push(`  … and ${view.inFlight.length - maxBlobs} more`);
  const columns = options.columns;
  return columns && columns > 1
    ? lines.map((l) => (l.length >= columns ? l.slice(0, columns - 1) : l))
    : lines;
}

export interface TerminalProgressInput {
  /** The stream progress goes to (stderr); a TTY stream (tty.WriteStream) has `isTTY: true`. */
  stream: object;
  /** --json: the output is for a program, so no redraws. */
  json: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** True when progress should be redrawn in place: stderr is a terminal that understands it, and not --json. */
export function useTerminalProgress(input: TerminalProgressInput): boolean {
  const tty = 'isTTY' in input.stream && input.stream.isTTY === true;
  return tty && !input.json && input.env.TERM !== 'dumb';
}

export interface ProgressPrinter {
  onProgress(progress: CopyProgress): void;
  /** Clears the terminal lines before the final summary is printed. */
  finish(): void;
}

export function createProgressPrinter(options: ProgressPrinterOptions): ProgressPrinter {
  const startedAt = performance.now();
  const interval = options.intervalMs ?? 150;
  const inFlight = new Map<string, BlobInFlight>();
  let last = Number.NEGATIVE_INFINITY;
  let drawn = 0;
  const clear = (): string => (drawn > 0 ? `\x1b[${drawn}A\r\x1b[J` : '\r\x1b[J');
  const draw = (p: CopyProgress, now: number): void => {
    const columns = 'columns' in options.stream ? Number(options.stream.columns) : undefined;
    const lines = renderProgress(
      {
        label: options.label,
        startedAt,
        bytesSent: p.bytesSent,
        bytesTotal: p.bytesTotal,
        blobsDone: p.blobsDone,
        blobsTotal: p.blobsTotal,
        inFlight: [...inFlight.values()],
      },
      now,
      { ...(columns ? { columns } : {}), ...(options.maxBlobs ? { maxBlobs: options.maxBlobs } : {}) },
    );
    options.stream.write(`${clear()}${lines.join('\n')}\n`);
    drawn = lines.length;
  };
  return {
    onProgress(p) {
      if (!options.isTTY) {
        if (p.manifest?.platform)
          options.stream.write(`${options.label}: ${p.manifest.platform} ${p.manifest.digest} written\n`);
        return;
      }
      const now = performance.now();
      if (p.blob) {
        if (p.blob.state === 'started' || p.blob.state === 'sending') {
          const known = inFlight.get(p.blob.digest);
          if (known) known.sent = p.blob.sent;
          else
            inFlight.set(p.blob.digest, {
              digest: p.blob.digest,
              size: p.blob.size,
              sent: p.blob.sent,
              startedAt: now,
            });
        } else inFlight.delete(p.blob.digest);
      }
      // A blob that starts is shown at once; byte counts are redrawn at most every `interval`.
      if (now - last >= interval || p.phase === 'done' || p.blob?.state === 'started') {
        last = now;
        draw(p, now);
      }
    },
    finish() {
      if (options.isTTY && drawn > 0) options.stream.write(clear());
      drawn = 0;
    },
  };
}
