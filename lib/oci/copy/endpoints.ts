// Copy endpoints as users write them, in skopeo's spelling: `docker://REF` (or a bare REF),
// `oci:DIR[:TAG]`, `oci-archive:FILE[:TAG]`, `docker-archive:FILE[:REF]`. Parsed at the edge and opened
// as Repositories, so the copy engine sees one store interface; archives go through a temporary layout.
import { isAbsolute, resolve } from 'node:path';
import { FerryError } from '../../util/errors';
import {
  createTemporaryLayout,
  OCI_ARCHIVE_PREFIX,
  openOciArchive,
  parseOciArchiveReference,
} from '../archive/oci-archive';
import { ARCHIVE_PREFIX, openDockerArchive, parseArchiveReference } from '../archive/store';
import { writeDockerArchive, writeOciArchive } from '../archive/write';
import { LAYOUT_PREFIX, parseLayoutReference } from '../layout/reference';
import { openLayout, type LayoutRepository } from '../layout/store';
import { parseReference, type ImageReference, isTag } from '../reference';
import type { RegistryClient } from '../registry';
import type { Repository } from '../types';

export type Endpoint =
  | { kind: 'registry'; text: string; reference: ImageReference }
  | { kind: 'layout'; text: string; path: string; tag?: string; digest?: string }
  | { kind: 'oci-archive'; text: string; file: string; tag?: string }
  | { kind: 'archive'; text: string; file: string; image?: string };

const DOCKER_PREFIX = 'docker://';

/** The transports ferry knows, as a usage message lists them. */
export const TRANSPORTS = [
  'docker://REF (or a bare REF: host[:port]/path[:tag][@digest])',
  'oci:DIR[:TAG]',
  'oci-archive:FILE[:TAG]',
  'docker-archive:FILE[:REF]',
] as const;

/** skopeo transports ferry does not read or write; named so the error says which one was meant. */
const OTHER_TRANSPORTS = new Set(['containers-storage', 'dir', 'docker-daemon', 'ostree', 'sif', 'tarball']);
function unknownTransport(name: string): FerryError {
  const why = OTHER_TRANSPORTS.has(name)
    ? `ferry does not support skopeo's '${name}:' transport`
    : name === 'http' || name === 'https'
      ? `'${name}://' is a URL, not an image reference (write host/path:tag, or docker://host/path:tag)`
      : `'${name}:' is not a transport ferry knows`;
  // The text itself is not repeated: it may hold a credential the user pasted.
  return new FerryError(`Invalid image location: ${why}. Use one of: ${TRANSPORTS.join(', ')}.`, {
    code: 'REFERENCE',
    usage: true,
  });
}

/** Parses an endpoint; throws a usage FerryError (code REFERENCE) for malformed text or an unknown transport. */
export function parseEndpoint(text: string): Endpoint {
  if (text.startsWith(LAYOUT_PREFIX)) return { kind: 'layout', text, ...parseLayoutReference(text) };
  if (text.startsWith(OCI_ARCHIVE_PREFIX))
    return { kind: 'oci-archive', text, ...parseOciArchiveReference(text) };
  if (text.startsWith(ARCHIVE_PREFIX)) return { kind: 'archive', text, ...parseArchiveReference(text) };
  if (text.startsWith(DOCKER_PREFIX))
    return { kind: 'registry', text, reference: parseReference(text.slice(DOCKER_PREFIX.length)) };
  // `name:rest` is a transport unless it reads as `host:port/…` or `image:tag`.
  const transport = /^([A-Za-z][A-Za-z0-9+_-]*):(.*)$/s.exec(text);
  if (transport) {
    const [, name = '', rest = ''] = transport;
    const port = /^\d+(?:\/|$)/.test(rest);
    // `user:password@host/…` is a reference with credentials, which parseReference refuses on its own.
    const userinfo = /^[^/]*@/.test(rest);
    if (!port && !userinfo && (OTHER_TRANSPORTS.has(name) || name === 'docker' || !isTag(rest)))
      throw unknownTransport(name.toLowerCase());
  }
  return { kind: 'registry', text, reference: parseReference(text) };
}

/** The tag or digest an endpoint names (`latest` when none). */
export function endpointIdentifier(endpoint: Endpoint): string {
  if (endpoint.kind === 'registry') return endpoint.reference.identifier;
  if (endpoint.kind === 'layout') return endpoint.digest ?? endpoint.tag ?? 'latest';
  if (endpoint.kind === 'oci-archive') return endpoint.tag ?? 'latest';
  // A docker-archive is opened on the image it names; any tag then names that image.
  return 'latest';
}

/** The tag an endpoint names, if any (digest-only references have none). */
export function endpointTag(endpoint: Endpoint): string | undefined {
  if (endpoint.kind === 'layout' || endpoint.kind === 'oci-archive') return endpoint.tag;
  if (endpoint.kind === 'archive') return undefined;
  const { tag, digest } = endpoint.reference;
  return tag ?? (digest ? undefined : 'latest');
}

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

function opened(repository: Repository): OpenedEndpoint {
  return { repository, commit: async () => {}, close: async () => {} };
}

/**
 * Opens an endpoint as a store. Source archives are read in place; a target archive is a temporary
 * layout written into its file by `commit` after the copy. The caller must `close` what it opened.
 */
export async function openEndpointStore(
  endpoint: Endpoint,
  options: OpenEndpointOptions & ArchiveCommitOptions,
): Promise<OpenedEndpoint> {
  const path = (p: string): string => (isAbsolute(p) ? p : resolve(options.cwd, p));
  switch (endpoint.kind) {
    case 'layout':
      return opened(await openLayout(path(endpoint.path), { create: options.write ?? false }));
    case 'registry':
      return opened(
        options.client.repository(endpoint.reference, {
          push: options.write ?? false,
          ...(options.mountFrom && options.mountFrom.length > 0 ? { mountFrom: options.mountFrom } : {}),
        }),
      );
    case 'oci-archive': {
      const file = path(endpoint.file);
      // A source is read in place; a target is a temporary layout written into FILE by `commit`.
      if (!options.write) return opened(await openOciArchive(file));
      const temporary = await createTemporaryLayout(file);
      return {
        repository: temporary.layout,
        commit: () => writeOciArchive(temporary.directory, file),
        close: temporary.close,
      };
    }
    case 'archive': {
      const file = path(endpoint.file);
      if (!options.write)
        return opened(await openDockerArchive(file, endpoint.image ? { image: endpoint.image } : {}));
      const temporary = await createTemporaryLayout(file);
      const repoTag = endpoint.image ?? options.repoTag;
      const layout: LayoutRepository = temporary.layout;
      return {
        repository: layout,
        commit: (tag) => writeDockerArchive(layout, file, { tag, repoTags: repoTag ? [repoTag] : [] }),
        close: temporary.close,
      };
    }
  }
}

/** Opens a registry, layout or archive source (or a registry/layout target) as a Repository. */
export async function openEndpoint(endpoint: Endpoint, options: OpenEndpointOptions): Promise<Repository> {
  if ((endpoint.kind === 'oci-archive' || endpoint.kind === 'archive') && options.write)
    throw new FerryError(
      `${endpoint.text} needs openEndpointStore: an archive is copied through a temporary layout that must be committed and closed.`,
      { code: 'USAGE', usage: true },
    );
  return (await openEndpointStore(endpoint, options)).repository;
}
