// Turns copy progress into output: on a terminal one line rewritten in place (bytes, blobs, rate); in CI
// logs one line per image written, so logs stay short.
import type { CopyProgress } from './options';

export interface ProgressPrinterOptions {
  stream: NodeJS.WritableStream;
  isTTY: boolean;
  /** Names the copy in lines, e.g. `registry/app:1.0`. */
  label: string;
  /** Minimum time between terminal redraws. Default 200 ms. */
  intervalMs?: number;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? 'TiB'}`;
}

export interface ProgressPrinter {
  onProgress(progress: CopyProgress): void;
  /** Clears the terminal line before the final summary is printed. */
  finish(): void;
}

export function createProgressPrinter(options: ProgressPrinterOptions): ProgressPrinter {
  const started = performance.now();
  const interval = options.intervalMs ?? 200;
  let last = 0;
  let drawn = false;
  const draw = (p: CopyProgress): void => {
    const seconds = Math.max((performance.now() - started) / 1000, 0.001);
    const rate = formatBytes(p.bytesSent / seconds);
    const line = `${options.label}: ${formatBytes(p.bytesSent)} sent, blobs ${p.blobsDone}/${p.blobsTotal}, ${rate}/s`;
    options.stream.write(`\r\x1b[2K${line}`);
    drawn = true;
  };
  return {
    onProgress(p) {
      if (options.isTTY) {
        const now = performance.now();
        if (now - last >= interval || p.phase === 'done') {
          last = now;
          draw(p);
        }
        return;
      }
      if (p.manifest?.platform)
        options.stream.write(`${options.label}: ${p.manifest.platform} ${p.manifest.digest} written\n`);
    },
    finish() {
      if (drawn) options.stream.write('\r\x1b[2K');
    },
  };
}
