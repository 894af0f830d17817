import type { Platform } from '../types.js';
export interface PlatformSpec {
    os: string;
    architecture: string;
    variant?: string;
}
export declare function parsePlatform(text: string): PlatformSpec;
/** os, architecture and variant in containerd's normal form (variant '' when it is the default one). */
export declare function normalizePlatform(platform: PlatformSpec): Required<PlatformSpec>;
/**
 * True when `platform` (an index entry's) is what `spec` asks for, both normalised: `linux/arm64`
 * matches `linux/arm64/v8` and the reverse, `linux/arm` matches `linux/arm/v7` but not `linux/arm/v6`.
 */
export declare function platformMatches(spec: PlatformSpec, platform: Platform | undefined): boolean;
