import type { HelmImageKeys } from '../types.js';
/** Parses one `--helmValuesImageKeys` value; every mistake is a usage error naming the fix. */
export declare function parseHelmImageKeys(value: string): HelmImageKeys;
