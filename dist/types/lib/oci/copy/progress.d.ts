import type { CopyProgress } from './options.js';
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
export declare function formatBytes(n: number): string;
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
/** The terminal lines for a view at time `now`: totals first, then each blob in flight. */
export declare function renderProgress(view: ProgressView, now: number, options?: RenderOptions): string[];
export interface TerminalProgressInput {
    /** The stream progress goes to (stderr); a TTY stream (tty.WriteStream) has `isTTY: true`. */
    stream: object;
    /** --json: the output is for a program, so no redraws. */
    json: boolean;
    env: Readonly<Record<string, string | undefined>>;
}
/** True when progress should be redrawn in place: stderr is a terminal that understands it, and not --json. */
export declare function useTerminalProgress(input: TerminalProgressInput): boolean;
export interface ProgressPrinter {
    onProgress(progress: CopyProgress): void;
    /** Clears the terminal lines before the final summary is printed. */
    finish(): void;
}
export declare function createProgressPrinter(options: ProgressPrinterOptions): ProgressPrinter;
