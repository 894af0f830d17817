// The HTTP transport of the image engine: the one chokepoint every registry request goes through.
export * from './retry';
export * from './transport';
export * from './feed';
export { parseResponseHead, type RawGetResult } from './raw-get';
