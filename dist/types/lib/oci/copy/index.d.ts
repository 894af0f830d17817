export { copyImage } from './copy.js';
export { DEFAULT_JOBS, type CopyOptions, type CopyPhase, type CopyProgress, type CopyResult, } from './options.js';
export { createProgressPrinter, formatBytes, renderProgress, useTerminalProgress, type BlobInFlight, type ProgressView, type RenderOptions, type TerminalProgressInput, type ProgressPrinter, type ProgressPrinterOptions, } from './progress.js';
export { referrerDescriptor, type CopiedReferrer } from './referrers.js';
export { parsePlatform, platformMatches, type PlatformSpec } from './platform.js';
export { parseManifest, type ParsedManifest } from './manifest.js';
