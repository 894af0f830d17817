// Registry mirrors for base images, as kaniko's --registry-mirror (Docker Hub images) and --registry-map
// (any registry) have them: each mirror is tried in order, then the registry the image names. Pure:
// the step opens the repositories and the builders get the rules in their own form.
import { ImageReference, normalizeRegistryUrl } from '../oci/reference';
import { usage } from '../util/errors';

/** Docker Hub, the registry a plain `registryMirrors` entry mirrors (kaniko's --registry-mirror). */
export const DOCKER_HUB_REGISTRY = 'docker.io';

export interface RegistryMirror {
  /** `host[:port]` of the mirror. */
  host: string;
  /** Path below the host the mirrored repositories sit under (`mirror.example/v2/proxy` → `proxy`). */
  path?: string;
  /** false when written as http:// (plain HTTP: loopback, or listed in insecureRegistries). */
  secure?: boolean;
}

/** The mirrors of one registry, in the order they are tried. */
export interface MirrorRule {
  /** `host[:port]` of the registry mirrored (`docker.io` for Docker Hub). */
  registry: string;
  mirrors: RegistryMirror[];
}

/** The entry as messages show it: user information (`user:password@`) replaced, never echoed. */
function shown(entry: string): string {
  return entry.replace(/(^|\/\/|=|;)[^/@=;]*@/g, '$1***@');
}

function parseMirror(text: string, entry: string): RegistryMirror {
  try {
    const normalized = normalizeRegistryUrl(text);
    const mirror: RegistryMirror = { host: normalized.host };
    if (normalized.path) mirror.path = normalized.path;
    if (normalized.secure !== undefined) mirror.secure = normalized.secure;
    return mirror;
  } catch (error) {
    throw usage(
      `build: registryMirrors entry '${shown(entry)}' is not a mirror: ${error instanceof Error ? error.message : String(error)} Write host[:port][/path] (a Docker Hub mirror) or registry=host[:port][/path].`,
      error,
    );
  }
}

/**
 * Reads `registryMirrors`: `mirror.example[:port][/path]` mirrors Docker Hub (kaniko's
 * --registry-mirror); `registry.example=mirror.example[/path]` mirrors that registry (kaniko's
 * --registry-map); several `;`-separated pairs may share one entry, as in kaniko. Several mirrors of one
 * registry are tried in the order written.
 */
export function parseRegistryMirrors(entries: readonly string[]): MirrorRule[] {
  const rules: MirrorRule[] = [];
  const add = (registry: string, mirror: RegistryMirror): void => {
    const rule = rules.find((r) => r.registry === registry);
    if (!rule) rules.push({ registry, mirrors: [mirror] });
    else if (!rule.mirrors.some((m) => m.host === mirror.host && m.path === mirror.path))
      rule.mirrors.push(mirror);
  };
  for (const entry of entries) {
    for (const part of entry.split(';').map((p) => p.trim())) {
      if (!part) continue;
      const eq = part.indexOf('=');
      if (eq < 0) {
        add(DOCKER_HUB_REGISTRY, parseMirror(part, entry));
        continue;
      }
      const origin = part.slice(0, eq).trim();
      const target = part.slice(eq + 1).trim();
      if (!origin || !target)
        throw usage(
          `build: registryMirrors entry '${shown(entry)}' needs registry=mirror on both sides of '='.`,
        );
      let registry: string;
      try {
        registry = normalizeRegistryUrl(origin).host;
      } catch (error) {
        throw usage(
          `build: registryMirrors entry '${shown(entry)}': '${origin}' is not a registry host. Write registry=mirror, e.g. ghcr.io=mirror.example/ghcr.`,
          error,
        );
      }
      add(registry, parseMirror(target, entry));
    }
  }
  return rules;
}

/** The references to try for `ref` before its own registry: one per mirror of that registry, in order. */
export function mirrorReferences(ref: ImageReference, rules: readonly MirrorRule[]): ImageReference[] {
  const rule = rules.find((r) => r.registry === ref.registry);
  if (!rule) return [];
  return rule.mirrors.map(
    (mirror) =>
      new ImageReference({
        registry: mirror.host,
        repository: mirror.path ? `${mirror.path}/${ref.repository}` : ref.repository,
        ...(ref.tag === undefined ? {} : { tag: ref.tag }),
        ...(ref.digest === undefined ? {} : { digest: ref.digest }),
      }),
  );
}

/** Every mirror host, for the plain-HTTP allowance (loopback, http://) and the builders' registry config. */
export function mirrorHosts(rules: readonly MirrorRule[]): RegistryMirror[] {
  return rules.flatMap((r) => r.mirrors);
}

/** kaniko's flags: --registry-mirror for Docker Hub's mirrors, --registry-map for the others. */
export function kanikoMirrorArgs(rules: readonly MirrorRule[]): string[] {
  const args: string[] = [];
  for (const rule of rules) {
    for (const mirror of rule.mirrors) {
      const location = mirror.path ? `${mirror.host}/${mirror.path}` : mirror.host;
      if (rule.registry === DOCKER_HUB_REGISTRY) args.push('--registry-mirror', location);
      else args.push('--registry-map', `${rule.registry}=${location}`);
    }
  }
  return args;
}
