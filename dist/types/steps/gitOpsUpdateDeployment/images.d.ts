import { type ImageRecord, type PromotedImage } from '../../lib/env/index.js';
import { type ImageReference } from '../../lib/oci/reference.js';
export type ImageSource = 'images' | 'promotion' | 'build' | 'parameters';
export interface DeployImage {
    /** The repository to find in the files, canonical (`registry/path`). */
    repository: string;
    /** What to write, parsed once: `registry/path[:tag][@sha256:…]`. */
    ref: ImageReference;
    /** The last path component, for branch names and short messages. */
    shortName: string;
    source: ImageSource;
}
export interface ImageSelectionInput {
    /** The `images` parameter: `name@sha256:…`, `name:tag`, `name:tag@sha256:…`, or `REPOSITORY=REFERENCE`. */
    images?: readonly string[] | undefined;
    containerRegistryUrl?: string | undefined;
    containerImageNameTag?: string | undefined;
    /**
     * True when containerImageNameTag or containerRegistryUrl was set by configuration, a flag, an
     * environment variable or Vault rather than taken from the pipeline environment: Piper's precedence
     * then makes them win over the promotion and build records.
     */
    explicit?: boolean;
    promoted?: readonly PromotedImage[] | undefined;
    built?: readonly ImageRecord[] | undefined;
}
/**
 * Piper's image from containerRegistryUrl + containerImageNameTag (buildRegistryPlusImage): the
 * registry URL's host only, its path dropped (`https://myregistry.com/registry/containers` +
 * `app:1` → `myregistry.com/app:1`); no registry URL: the name:tag as given.
 */
export declare function piperImage(registryUrl: string | undefined, nameTag: string): ImageReference;
/**
 * The images to deploy, in the order of precedence the step documents. Throws a usage error naming the
 * parameters to set when there is nothing to deploy.
 */
export declare function selectImages(input: ImageSelectionInput): DeployImage[];
