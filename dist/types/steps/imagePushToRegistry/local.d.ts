import type { Repository } from '../../lib/oci/types.js';
export interface LocalSource {
    repository: Repository;
    /** Tag or digest of the image in the store. */
    identifier: string;
    /** `oci:DIR[:tag]` or `docker-archive:FILE`, as recorded in promotion/images. */
    display: string;
}
/** Opens the local image; `tag` picks one image of a layout that holds several. */
export declare function openLocalSource(workspace: string, path: string, tag: string | undefined): Promise<LocalSource>;
