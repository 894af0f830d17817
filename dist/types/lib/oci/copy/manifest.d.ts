import type { Descriptor, ImageIndex, ImageManifest, Platform } from '../types.js';
export type ParsedManifest = {
    kind: 'index';
    mediaType: string;
    value: ImageIndex;
} | {
    kind: 'manifest';
    mediaType: string;
    value: ImageManifest;
};
export declare function isDescriptor(value: unknown): value is Descriptor;
/**
 * Parses manifest bytes. `mediaType` is the type the store reported (Content-Type or descriptor); the
 * document's own `mediaType` field wins when present. `what` names the manifest in errors.
 */
export declare function parseManifest(bytes: Uint8Array, mediaType: string | undefined, what: string): ParsedManifest;
/** The media type a manifest declares, or undefined (Docker v2 always declares one; OCI may not). */
export declare function declaredMediaType(bytes: Uint8Array): string | undefined;
/** `os/arch[/variant]`, as users type platforms. */
export declare function formatPlatform(platform: Platform | undefined): string;
