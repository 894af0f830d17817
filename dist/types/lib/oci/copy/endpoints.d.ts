import { type ImageReference } from '../reference.js';
import type { RegistryClient } from '../registry/index.js';
import type { Repository } from '../types.js';
export type Endpoint = {
    kind: 'registry';
    text: string;
    reference: ImageReference;
} | {
    kind: 'layout';
    text: string;
    path: string;
    tag?: string;
    digest?: string;
} | {
    kind: 'oci-archive';
    text: string;
    file: string;
    tag?: string;
} | {
    kind: 'archive';
    text: string;
    file: string;
    image?: string;
};
/** The transports ferry knows, as a usage message lists them. */
export declare const TRANSPORTS: readonly ["docker://REF (or a bare REF: host[:port]/path[:tag][@digest])", "oci:DIR[:TAG]", "oci-archive:FILE[:TAG]", "docker-archive:FILE[:REF]"];
/** Parses an endpoint; throws a usage FerryError (code REFERENCE) for malformed text or an unknown transport. */
export declare function parseEndpoint(text: string): Endpoint;
/** The tag or digest an endpoint names (`latest` when none). */
export declare function endpointIdentifier(endpoint: Endpoint): string;
/** The tag an endpoint names, if any (digest-only references have none). */
export declare function endpointTag(endpoint: Endpoint): string | undefined;
export interface OpenEndpointOptions {
    client: RegistryClient;
    /** Relative layout and archive paths resolve against this. */
    cwd: string;
    /** Open for writing (push scope, create a missing layout). */
    write?: boolean;
    /** Registry repositories in the same registry that blobs may be mounted from. */
    mountFrom?: readonly string[];
}
/** An opened endpoint: the store to copy with, what finishes a target, and what cleans up. */
export interface OpenedEndpoint {
    repository: Repository;
    /** For an archive target: writes the archive from what the copy put into the temporary layout. */
    commit(tag: string): Promise<void>;
    /** Removes temporary files; safe to call more than once and after a failure. */
    close(): Promise<void>;
}
export interface ArchiveCommitOptions {
    /** `name:tag` for a docker-archive's RepoTags, when DST does not name one. */
    repoTag?: string;
}
/**
 * Opens an endpoint as a store. Source archives are read in place; a target archive is a temporary
 * layout written into its file by `commit` after the copy. The caller must `close` what it opened.
 */
export declare function openEndpointStore(endpoint: Endpoint, options: OpenEndpointOptions & ArchiveCommitOptions): Promise<OpenedEndpoint>;
/** Opens a registry, layout or archive source (or a registry/layout target) as a Repository. */
export declare function openEndpoint(endpoint: Endpoint, options: OpenEndpointOptions): Promise<Repository>;
