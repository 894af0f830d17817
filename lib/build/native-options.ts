// buildOptions (and Piper's containerBuildOptions) for the native builder: the docker/kaniko/buildah
// options that say what to build are honoured (--build-arg, --target, --label, --platform), the ones
// that only tune another builder's machinery are accepted with a note, and the rest are refused by name.
import { usage } from '../util/errors';

export interface NativeBuildOptionValues {
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  target?: string;
  /** `--platform a,b` / kaniko's `--custom-platform`. */
  platforms: string[];
  /** `--insecure-registry` hosts (kaniko): pulled over plain HTTP, as insecureRegistries. */
  insecureRegistries: string[];
  /** Options accepted without effect: the native builder has no such machinery. */
  ignored: string[];
}

/** Options with a value that the native builder honours. */
const HONOURED = new Set([
  '--build-arg',
  '--target',
  '--label',
  '--platform',
  '--custom-platform',
  '--insecure-registry',
]);

/**
 * Options of kaniko, buildah and docker that tune caching, snapshots, logging, retries or the executor
 * itself: the native builder has none of that, builds reproducibly and skips unused stages anyway.
 * The value says whether the option takes a separate value when written without `=`.
 */
const NO_EFFECT: ReadonlyMap<string, boolean> = new Map([
  ['--cache', false],
  ['--cache-dir', true],
  ['--cache-repo', true],
  ['--cache-ttl', true],
  ['--cache-copy-layers', false],
  ['--cache-run-layers', false],
  ['--compressed-caching', false],
  ['--cleanup', false],
  ['--ignore-path', true],
  ['--ignore-var-run', false],
  ['--snapshot-mode', true],
  ['--single-snapshot', false],
  ['--use-new-run', false],
  ['--reproducible', false],
  ['--skip-unused-stages', false],
  ['--verbosity', true],
  ['--log-format', true],
  ['--log-timestamp', false],
  ['--push-retry', true],
  ['--image-fs-extract-retry', true],
  ['--image-download-retry', true],
  ['--skip-tls-verify', false],
  ['--skip-tls-verify-pull', false],
  ['--skip-tls-verify-registry', true],
  ['--insecure', false],
  ['--insecure-pull', false],
  ['--layers', false],
  ['--pull', false],
  ['--no-cache', false],
  ['--quiet', false],
  ['-q', false],
  ['--progress', true],
]);

function keyValue(value: string, option: string, into: Record<string, string>): void {
  const eq = value.indexOf('=');
  if (eq <= 0)
    throw usage(`build: buildOptions ${option} '${value}' is not KEY=value. Write ${option} KEY=value.`);
  into[value.slice(0, eq)] = value.slice(eq + 1);
}

/**
 * Reads buildOptions for the native builder. Refused (one usage error naming every such option): an
 * option that changes where or what is pushed (`--destination`, `--no-push`, `--tar-path`), or one the
 * native builder does not know; set `builder` to the builder those options are written for.
 */
export function nativeBuildOptions(options: readonly string[]): NativeBuildOptionValues {
  const result: NativeBuildOptionValues = {
    buildArgs: {},
    labels: {},
    platforms: [],
    insecureRegistries: [],
    ignored: [],
  };
  const refused: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const word = options[i] ?? '';
    if (word === '') continue;
    const eq = word.indexOf('=');
    const name = word.startsWith('--') && eq > 0 ? word.slice(0, eq) : word;
    if (HONOURED.has(name)) {
      let value: string | undefined;
      if (name !== word) value = word.slice(eq + 1);
      else {
        value = options[i + 1];
        i++;
      }
      if (value === undefined || value === '')
        throw usage(`build: buildOptions ${name} has no value. Write ${name} VALUE (or ${name}=VALUE).`);
      switch (name) {
        case '--build-arg':
          keyValue(value, name, result.buildArgs);
          break;
        case '--label':
          // docker's `--label key` is a label with an empty value.
          if (value.includes('=')) keyValue(value, name, result.labels);
          else result.labels[value] = '';
          break;
        case '--target':
          result.target = value;
          break;
        case '--insecure-registry':
          result.insecureRegistries.push(value);
          break;
        default:
          result.platforms.push(
            ...value
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
          );
      }
      continue;
    }
    const takesValue = NO_EFFECT.get(name);
    if (takesValue !== undefined) {
      if (takesValue && name === word && options[i + 1] !== undefined && !options[i + 1]?.startsWith('-')) {
        result.ignored.push(`${word} ${options[i + 1] ?? ''}`);
        i++;
      } else result.ignored.push(word);
      continue;
    }
    refused.push(name);
    // A value written apart belongs to the refused option: skip it, so it is not named as an option.
    if (name === word && options[i + 1] !== undefined && !options[i + 1]?.startsWith('-')) i++;
  }
  if (refused.length > 0)
    throw usage(
      `build: the native builder cannot honour buildOptions ${refused.join(', ')} (it takes --build-arg, --target, --label, --platform and --insecure-registry; caching and logging options of kaniko are accepted without effect). Set builder to the builder these options are for (kaniko, buildah, docker), or remove them; the image's name and registry come from containerImageName and containerRegistryUrl.`,
    );
  return result;
}
