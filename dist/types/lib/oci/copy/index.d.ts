export { copyImage } from './copy.js';
export { DEFAULT_JOBS, type CopyOptions, type CopyPhase, type CopyProgress, type CopyResult, } from './options.js';
export { createProgressPrinter, formatBytes, type ProgressPrinter, type ProgressPrinterOptions, } from './progress.js';
export { parsePlatform, platformMatches, type PlatformSpec } from './platform.js';
export { parseManifest, type ParsedManifest } from './manifest.js';
