// The text form of Helm image key paths, shared by `ferry set-image --helmValuesImageKeys` and the
// gitOpsUpdateDeployment parameter of the same name. Modelled on Argo CD Image Updater's
// `helm.image-name` / `helm.image-tag` / `helm.image-spec` annotations:
//
//   worker.image                                   one path: a string reference, or a map with
//                                                  repository/image/name, tag, digest, registry keys
//   image-spec=worker.image                        the same, said explicitly
//   image-name=controller.image.image,image-tag=controller.image.tag,image-digest=controller.image.digest
//   name=app.img.name,tag=app.img.version          the short names work too (registry=… as well)
import { FerryError } from '../../../util/errors';
import type { HelmImageKeys } from '../types';

type Part = 'repository' | 'tag' | 'digest' | 'registry' | 'spec';

const PART_NAMES: Readonly<Record<string, Part>> = {
  name: 'repository',
  'image-name': 'repository',
  repository: 'repository',
  tag: 'tag',
  'image-tag': 'tag',
  digest: 'digest',
  'image-digest': 'digest',
  registry: 'registry',
  'image-registry': 'registry',
  spec: 'spec',
  'image-spec': 'spec',
};

const PATH = /^[^\s=,]+$/;

function invalidHelmImageKeys(value: string, why: string): FerryError {
  return new FerryError(
    `Invalid Helm image keys '${value}': ${why}. Write a key path (worker.image) or the paths of the parts, e.g. image-name=controller.image.image,image-tag=controller.image.tag,image-digest=controller.image.digest (also image-registry=…, image-spec=…).`,
    { code: 'USAGE', usage: true },
  );
}

/** Parses one `--helmValuesImageKeys` value; every mistake is a usage error naming the fix. */
export function parseHelmImageKeys(value: string): HelmImageKeys {
  const text = value.trim();
  if (text === '') throw invalidHelmImageKeys(value, 'it is empty');
  if (!text.includes('=')) {
    if (!PATH.test(text)) throw invalidHelmImageKeys(value, 'a key path has no spaces or commas');
    return text;
  }
  const parts: Partial<Record<Part, string>> = {};
  for (const item of text.split(',')) {
    const eq = item.indexOf('=');
    const key = item.slice(0, eq).trim();
    const path = item.slice(eq + 1).trim();
    const part = PART_NAMES[key];
    if (eq < 0 || part === undefined)
      throw invalidHelmImageKeys(
        value,
        `'${item.trim()}' is not KEY=PATH with KEY one of ${Object.keys(PART_NAMES).join(', ')}`,
      );
    if (!PATH.test(path)) throw invalidHelmImageKeys(value, `the path for ${key} is empty or holds spaces`);
    if (parts[part] !== undefined) throw invalidHelmImageKeys(value, `${key} is given twice`);
    parts[part] = path;
  }
  if (parts.spec !== undefined) {
    if (Object.keys(parts).length > 1)
      throw invalidHelmImageKeys(value, 'image-spec names the whole image, so it stands alone');
    return parts.spec;
  }
  if (parts.repository === undefined)
    throw invalidHelmImageKeys(value, 'image-name (the repository key) is missing');
  return {
    repository: parts.repository,
    ...(parts.tag !== undefined ? { tag: parts.tag } : {}),
    ...(parts.digest !== undefined ? { digest: parts.digest } : {}),
    ...(parts.registry !== undefined ? { registry: parts.registry } : {}),
  };
}
