/** The canonical name of Docker Hub in a reference. The API host is chosen by the transport. */
export declare const DOCKER_HUB = "docker.io";
/** True for a valid tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}` (the distribution spec's rule). */
export declare function isTag(text: string): boolean;
/** True for a valid repository name: lowercase components joined by `/`, at most 255 characters. */
export declare function isRepositoryName(text: string): boolean;
export type RegistryAction = 'pull' | 'push' | 'delete' | '*';
/** An immutable image reference. `withTag`/`withDigest` return new references. */
export declare class ImageReference {
    /** `host[:port]`; Docker Hub is `docker.io`. */
    readonly registry: string;
    /** Path within the registry; single-name Docker Hub images carry `library/`. */
    readonly repository: string;
    readonly tag: string | undefined;
    readonly digest: string | undefined;
    constructor(parts: {
        registry: string;
        repository: string;
        tag?: string;
        digest?: string;
    });
    /** `registry/repository`, with no tag or digest. */
    get name(): string;
    /** The digest if there is one, else the tag, else `latest`: what a manifest request is made for. */
    get identifier(): string;
    withTag(tag: string): ImageReference;
    withDigest(digest: string): ImageReference;
    /** Same registry, another repository path (no tag or digest). */
    withRepository(repository: string): ImageReference;
    /** Token-auth scope: `repository:<path>:pull,push`. */
    scope(actions: readonly RegistryAction[]): string;
    toString(): string;
    toJSON(): string;
}
/** How to pass registry credentials, for messages that refuse them in a reference or URL. */
export declare const CREDENTIALS_HOW = "Pass credentials apart from the reference: ferry copy's --src-creds/--dest-creds (or FERRY_SRC_CREDS/FERRY_DEST_CREDS), a Docker config.json (docker login, --authfile, the dockerConfigJSON parameter), or a step's user and password parameters (from Vault or a secret)";
/** Parses an image reference; throws a FerryError (code REFERENCE, usage) naming the text when malformed. */
export declare function parseReference(text: string): ImageReference;
/** Returns the reference, or undefined when the text is not one. */
export declare function tryParseReference(text: string): ImageReference | undefined;
export interface NormalizedRegistry {
    /** `host[:port]`, lowercase; Docker Hub as `docker.io`. */
    host: string;
    /** true for https://, false for http://, undefined when no scheme was given. */
    secure?: boolean;
    /** A path after the host (e.g. a Harbor project), without slashes at either end; `/v1`, `/v2` dropped. */
    path?: string;
}
/**
 * Accepts a registry as users write it: `host`, `host:5000`, `https://host:5000/`, `http://host/path/`.
 * A path after the host is kept as a repository prefix (`path`) except the API paths `/v1/`, `/v2/`.
 */
export declare function normalizeRegistryUrl(url: string): NormalizedRegistry;
/**
 * Builds a reference from Piper's pair `container/registryUrl` + `container/imageNameTag`
 * (`https://host:5000/` + `team/app:1.0`). A registry URL path becomes a repository prefix.
 */
export declare function referenceFromParts(registryUrl: string, nameTag: string): ImageReference;
