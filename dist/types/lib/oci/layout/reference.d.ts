export declare const LAYOUT_PREFIX = "oci:";
/** The annotation that names a tag in an OCI layout's index.json. */
export declare const REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
export interface LayoutReference {
    /** The layout directory as given (relative paths are resolved by the caller). */
    path: string;
    tag?: string;
    digest?: string;
}
export declare function isLayoutReference(text: string): boolean;
/** Parses `oci:PATH[:tag]` or `oci:PATH@digest`; throws a usage FerryError (code REFERENCE) when malformed. */
export declare function parseLayoutReference(text: string): LayoutReference;
