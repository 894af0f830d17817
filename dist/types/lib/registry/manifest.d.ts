export interface InspectedManifest {
    mediaType: string;
    /** Blobs (config, layers) that must be in the repository; foreign layers with `urls` left out. */
    blobs: string[];
    /** Child manifests (of an index) that must be in the repository. */
    manifests: string[];
    subject?: string;
    /** For the referrers list: the manifest's artifactType, else its config's media type. */
    artifactType?: string;
    annotations?: Record<string, string>;
}
/** The media type part of a Content-Type header. */
export declare function mediaTypeOf(contentType: string | undefined): string | undefined;
export declare function inspectManifest(bytes: Buffer, contentType: string | undefined): InspectedManifest;
