// The copy engine: copyImage and its options, result and progress types.
export { copyImage } from './copy';
export {
  DEFAULT_JOBS,
  type CopyOptions,
  type CopyPhase,
  type CopyProgress,
  type CopyResult,
} from './options';
export {
  createProgressPrinter,
  formatBytes,
  renderProgress,
  useTerminalProgress,
  type BlobInFlight,
  type ProgressView,
  type RenderOptions,
  type TerminalProgressInput,
  type ProgressPrinter,
  type ProgressPrinterOptions,
} from './progress';
export { referrerDescriptor, type CopiedReferrer } from './referrers';
export { parsePlatform, platformMatches, type PlatformSpec } from './platform';
export { parseManifest, type ParsedManifest } from './manifest';
