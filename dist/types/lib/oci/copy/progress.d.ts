import type { CopyProgress } from './options.js';
export interface ProgressPrinterOptions {
    stream: NodeJS.WritableStream;
    isTTY: boolean;
    /** Names the copy in lines, e.g. `registry/app:1.0`. */
    label: string;
    /** Minimum time between terminal redraws. Default 200 ms. */
    intervalMs?: number;
}
export declare function formatBytes(n: number): string;
export interface ProgressPrinter {
    onProgress(progress: CopyProgress): void;
    /** Clears the terminal line before the final summary is printed. */
    finish(): void;
}
export declare function createProgressPrinter(options: ProgressPrinterOptions): ProgressPrinter;
