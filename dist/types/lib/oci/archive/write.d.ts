import type { LayoutRepository } from '../layout/store.js';
/** Writes the layout directory into `file` as an oci-archive. */
export declare function writeOciArchive(directory: string, file: string): Promise<void>;
export interface DockerArchiveWriteOptions {
    /** The tag in the layout that names the image to write. */
    tag: string;
    /** `name:tag` references for manifest.json's RepoTags (what `docker load` tags); may be empty. */
    repoTags: readonly string[];
}
/**
 * Writes the layout's image `tag` into `file` as a docker-archive: manifest.json (Config, RepoTags, Layers
 * pointing into blobs/), the layout's blobs and an index.json naming the image, as `docker save` does.
 */
export declare function writeDockerArchive(layout: LayoutRepository, file: string, options: DockerArchiveWriteOptions): Promise<void>;
