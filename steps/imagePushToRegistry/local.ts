// Opens pushLocalDockerImage's source: a directory is an OCI image layout, a file a `docker save`
// tarball (Piper's rule), and picks the one image to push from it.
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { openDockerArchive } from '../../lib/oci/archive/store';
import { openLayout } from '../../lib/oci/layout/store';
import type { Repository } from '../../lib/oci/types';
import { FerryError, errorMessage } from '../../lib/util/errors';

export interface LocalSource {
  repository: Repository;
  /** Tag or digest of the image in the store. */
  identifier: string;
  /** `oci:DIR[:tag]` or `docker-archive:FILE`, as recorded in promotion/images. */
  display: string;
}

function pathError(path: string, why: string, fix: string, cause?: unknown): FerryError {
  return new FerryError(`imagePushToRegistry: localDockerImagePath ${path} ${why}. ${fix}`, {
    code: 'PATH',
    usage: true,
    cause,
  });
}

/** Opens the local image; `tag` picks one image of a layout that holds several. */
export async function openLocalSource(
  workspace: string,
  path: string,
  tag: string | undefined,
): Promise<LocalSource> {
  const full = isAbsolute(path) ? path : resolve(workspace, path);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(full)).isDirectory();
  } catch (error) {
    throw pathError(
      full,
      `cannot be read (${errorMessage(error)})`,
      "Point it at a 'docker save' tarball or an OCI image layout directory.",
      error,
    );
  }
  if (!isDirectory) {
    const archive = await openDockerArchive(full);
    return {
      repository: archive,
      identifier: archive.manifestDescriptor.digest,
      display: `docker-archive:${full}`,
    };
  }
  const layout = await openLayout(full);
  const tags = await layout.tagList();
  if (tag !== undefined && tags.includes(tag))
    return { repository: layout, identifier: tag, display: `oci:${full}:${tag}` };
  if (tags.length === 1 && tags[0] !== undefined)
    return { repository: layout, identifier: tags[0], display: `oci:${full}:${tags[0]}` };
  if (tags.length === 0) {
    const digests = [...new Set((await layout.images()).map((image) => image.descriptor.digest))];
    if (digests.length === 1 && digests[0] !== undefined)
      return { repository: layout, identifier: digests[0], display: `oci:${full}@${digests[0]}` };
  }
  throw pathError(
    full,
    tags.length > 0
      ? `holds several images (tags ${tags.join(', ')})`
      : 'holds no image or several untagged ones',
    'Set sourceImageTag to the tag of the image to push, or give a layout with one image.',
  );
}
