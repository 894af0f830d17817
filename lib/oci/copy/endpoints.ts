// Copy endpoints as users write them — `oci:PATH[:tag]`, `docker-archive:FILE.tar`, `[docker://]ref` —
// parsed at the edge and opened as Repositories, so the copy engine sees one store interface.
import { isAbsolute, resolve } from 'node:path';
import { FerryError } from '../../util/errors';
import { ARCHIVE_PREFIX, openDockerArchive, parseArchiveReference } from '../archive/store';
import { LAYOUT_PREFIX, parseLayoutReference } from '../layout/reference';
import { openLayout } from '../layout/store';
import { parseReference, type ImageReference } from '../reference';
import type { RegistryClient } from '../registry';
import type { Repository } from '../types';

export type Endpoint =
  | { kind: 'registry'; text: string; reference: ImageReference }
  | { kind: 'layout'; text: string; path: string; tag?: string; digest?: string }
  | { kind: 'archive'; text: string; file: string; image?: string };

const DOCKER_PREFIX = 'docker://';

/** Parses an endpoint; throws a usage FerryError (code REFERENCE) for malformed text. */
export function parseEndpoint(text: string): Endpoint {
  if (text.startsWith(LAYOUT_PREFIX)) return { kind: 'layout', text, ...parseLayoutReference(text) };
  if (text.startsWith(ARCHIVE_PREFIX)) return { kind: 'archive', text, ...parseArchiveReference(text) };
  const bare = text.startsWith(DOCKER_PREFIX) ? text.slice(DOCKER_PREFIX.length) : text;
  return { kind: 'registry', text, reference: parseReference(bare) };
}

/** The tag or digest an endpoint names (`latest` when none; a layout or archive picks its only image). */
export function endpointIdentifier(endpoint: Endpoint): string {
  if (endpoint.kind === 'registry') return endpoint.reference.identifier;
  if (endpoint.kind === 'layout') return endpoint.digest ?? endpoint.tag ?? 'latest';
  return endpoint.image ?? 'latest';
}

/** The tag an endpoint names, if any (digest-only references have none). */
export function endpointTag(endpoint: Endpoint): string | undefined {
  if (endpoint.kind === 'layout') return endpoint.tag;
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

export async function openEndpoint(endpoint: Endpoint, options: OpenEndpointOptions): Promise<Repository> {
  const path = (p: string): string => (isAbsolute(p) ? p : resolve(options.cwd, p));
  switch (endpoint.kind) {
    case 'layout':
      return openLayout(path(endpoint.path), { create: options.write ?? false });
    case 'archive':
      if (options.write)
        throw new FerryError(
          `${endpoint.text} cannot be a copy target: docker-archive is read-only here. Copy to a registry or an oci: layout.`,
          {
            code: 'USAGE',
            usage: true,
          },
        );
      return openDockerArchive(path(endpoint.file), endpoint.image ? { image: endpoint.image } : {});
    case 'registry':
      return options.client.repository(endpoint.reference, {
        push: options.write ?? false,
        ...(options.mountFrom && options.mountFrom.length > 0 ? { mountFrom: options.mountFrom } : {}),
      });
  }
}
