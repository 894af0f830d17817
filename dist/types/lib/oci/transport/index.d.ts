export * from './retry.js';
export * from './transport.js';
export * from './feed.js';
export { parseResponseHead, type RawGetResult } from './raw-get.js';
