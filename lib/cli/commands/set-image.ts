// `ferry set-image FILE|DIR|GLOB… --image REPOSITORY=REFERENCE`: pin images in GitOps files in place,
// without git; `--dry-run` prints the diff instead of writing.
import { checkTargets, parseImageTarget, setImage, type SetImageResult } from '../../gitops/set-image';
import {
  isKindOption,
  parseHelmImageKeys,
  unifiedDiff,
  UPDATER_KINDS,
  type KindOption,
  type UpdateFilesResult,
} from '../../gitops/updaters';
import type { HelmImageKeys, ImageTarget, ReferenceForm } from '../../gitops/updaters/types';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from '../../util/errors';
import { closedOptions, enabled, parseArgs, single, type CommandFlags } from '../args';
import type { Command, CommandIO } from '../command';
import { say, sayError, wantsJson } from '../voice';

export const SET_IMAGE_USAGE = `Usage: ferry set-image FILE|DIR|GLOB… --image REPOSITORY=REFERENCE [--image …] [options]

Pins images in Kubernetes manifests, kustomizations, Helm values files (also in Flux HelmReleases and
Argo CD Applications), Argo CD write-back files and setter-marked values, changing only the image
text. Files are edited in place; nothing is committed. Files and directories named here may be
anywhere; globs are relative to the working directory.

  --image REPOSITORY=REFERENCE   replace images of REPOSITORY (any tag or digest) with REFERENCE,
                                 e.g. app=registry.example.com/app:1.2@sha256:<64 hex>. Images
                                 already at REFERENCE's repository match too, so running it again
                                 re-pins them. A bare REFERENCE stands for its own repository;
                                 REPOSITORY=sha256:<64 hex> (or =*@sha256:…, =*:TAG, as kustomize
                                 writes it) keeps the name the file has and changes tag or digest
  --policy NAMESPACE:NAME=REFERENCE   the reference a Flux image policy stands for (setter comments)
  --container NAME               manifests: replace the image of containers with this name
  --kind auto|${UPDATER_KINDS.join('|')}   file kind (default auto)
  --referenceForm digest|tag+digest|tag   how to write it (default digest when REFERENCE has one)
  --keepTag                      same as --referenceForm tag+digest
  --helmValuesImageKeys KEYS     where a Helm values image is (repeatable): a key path (worker.image),
                                 or its parts as Argo CD Image Updater names them:
                                 image-name=PATH,image-tag=PATH[,image-digest=PATH][,image-registry=PATH]
  --imagePullSecret NAME         add imagePullSecrets: [{name: NAME}] to pod specs that have none
  --dry-run                      print a unified diff; write nothing
  --json                         print the result as JSON
  --allow-no-match               succeed when no image matched (default: exit 1)

Exit codes: 0 done, or nothing to change; 1 no image matched, an image could not be pinned (the
message says why), or every file was left alone as a template; 2 a usage error (a bad option or
reference, a path that does not exist or leaves the working directory through a link, a file that
is not valid YAML).
`;

interface SetImageArgs {
  paths: string[];
  images: ImageTarget[];
  policies: Record<string, string>;
  containerName: string | undefined;
  kind: KindOption;
  referenceForm: ReferenceForm | undefined;
  keepTag: boolean;
  helmValuesImageKeys: HelmImageKeys[];
  imagePullSecret: string | undefined;
  dryRun: boolean;
  json: boolean;
  allowNoMatch: boolean;
  help: boolean;
}

// Each option by its names (camelCase as in step parameters, kebab-case as usual on a command line).
const VALUE_NAMES = {
  containerName: ['container', 'containerName'],
  image: ['image'],
  policy: ['policy'],
  kind: ['kind'],
  referenceForm: ['referenceForm', 'reference-form'],
  helmValuesImageKeys: ['helmValuesImageKeys', 'helm-values-image-keys'],
  imagePullSecret: ['imagePullSecret'],
} as const;
const SWITCH_NAMES = {
  dryRun: ['dry-run', 'dryRun'],
  json: ['json'],
  allowNoMatch: ['allow-no-match', 'allowNoMatch'],
  keepTag: ['keepTag', 'keep-tag'],
} as const;

/** `ferry set-image`'s options, as SET_IMAGE_USAGE lists them (each by its first name). */
export const SET_IMAGE_FLAGS: CommandFlags = {
  values: Object.values(VALUE_NAMES).map(([name]) => name),
  booleans: Object.values(SWITCH_NAMES).map(([name]) => name),
  aliases: Object.fromEntries(
    [...Object.values(VALUE_NAMES), ...Object.values(SWITCH_NAMES)].map(([name, ...rest]) => [name, rest]),
  ),
};

function parseImage(value: string): ImageTarget {
  try {
    return parseImageTarget(value);
  } catch {
    throw new UsageError(
      `Invalid --image '${value}': expected REPOSITORY=REFERENCE. Write e.g. --image app=registry.example.com/app@sha256:<64 hex>.`,
    );
  }
}

/** Parses the command line into one typed object; every mistake is a UsageError (exit 2). */
export function parseSetImageArgs(args: readonly string[]): SetImageArgs {
  const parsed: SetImageArgs = {
    paths: [],
    images: [],
    policies: {},
    containerName: undefined,
    kind: 'auto',
    referenceForm: undefined,
    keepTag: false,
    helmValuesImageKeys: [],
    imagePullSecret: undefined,
    dryRun: false,
    json: false,
    allowNoMatch: false,
    help: false,
  };
  const options = parseArgs(args, closedOptions(SET_IMAGE_FLAGS, 'set-image'));
  const values = (names: readonly string[]): string[] => names.flatMap((n) => options.flags.get(n) ?? []);
  const once = ([name, ...aliases]: readonly [string, ...string[]]): string | undefined =>
    single(options, name, aliases);
  const on = (names: readonly string[]): boolean => names.some((n) => enabled(options, n));
  parsed.dryRun = on(SWITCH_NAMES.dryRun);
  parsed.json = on(SWITCH_NAMES.json);
  parsed.allowNoMatch = on(SWITCH_NAMES.allowNoMatch);
  parsed.keepTag = on(SWITCH_NAMES.keepTag);
  parsed.help = enabled(options, 'help');
  parsed.paths.push(...options.positionals);
  parsed.images.push(...values(VALUE_NAMES.image).map(parseImage));
  for (const value of values(VALUE_NAMES.policy)) {
    const at = value.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`Invalid --policy '${value}': expected NAMESPACE:NAME=REFERENCE.`);
    parsed.policies[value.slice(0, at)] = value.slice(at + 1);
  }
  parsed.containerName = once(VALUE_NAMES.containerName);
  const kind = once(VALUE_NAMES.kind);
  if (kind !== undefined) {
    if (!isKindOption(kind))
      throw new UsageError(`Invalid --kind '${kind}': expected one of auto, ${UPDATER_KINDS.join(', ')}.`);
    parsed.kind = kind;
  }
  const referenceForm = once(VALUE_NAMES.referenceForm);
  if (referenceForm !== undefined) {
    if (referenceForm !== 'digest' && referenceForm !== 'tag+digest' && referenceForm !== 'tag')
      throw new UsageError(`Invalid --referenceForm '${referenceForm}': expected digest, tag+digest or tag.`);
    parsed.referenceForm = referenceForm;
  }
  parsed.helmValuesImageKeys.push(...values(VALUE_NAMES.helmValuesImageKeys).map(parseHelmImageKeys));
  parsed.imagePullSecret = once(VALUE_NAMES.imagePullSecret);
  if (parsed.help) return parsed;
  if (parsed.paths.length === 0)
    throw new UsageError(
      "No files given: name the files, directories or globs to edit. Run 'ferry set-image --help'.",
    );
  if (parsed.images.length === 0 && Object.keys(parsed.policies).length === 0)
    throw new UsageError(
      'No --image given. Add --image REPOSITORY=REFERENCE, e.g. --image app=registry.example.com/app@sha256:<64 hex>.',
    );
  // Check every reference now, so a typo is a usage error before any file is read.
  checkTargets(parsed, '--image');
  return parsed;
}

function describe(change: UpdateFilesResult['changes'][number]): string {
  const where = `${change.file}:${change.line}`;
  const container = change.container ? ` (container ${change.container})` : '';
  if (change.before === '') return `${where}: added ${change.field} ${change.after}${container}`;
  if (change.after === '') return `${where}: removed ${change.field} ${change.before}${container}`;
  return `${where}: ${change.before} -> ${change.after}${container}`;
}

async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseSetImageArgs(args);
  if (parsed.help) {
    io.stdout.write(SET_IMAGE_USAGE);
    return 0;
  }
  const result = await setImage({
    root: io.cwd,
    files: parsed.paths,
    // A user naming /elsewhere/k8s/ means it; the step keeps its clone's containment.
    allowOutside: true,
    images: parsed.images,
    policies: parsed.policies,
    containerName: parsed.containerName,
    kind: parsed.kind,
    referenceForm: parsed.referenceForm,
    keepTag: parsed.keepTag,
    helmValuesImageKeys: parsed.helmValuesImageKeys.length > 0 ? parsed.helmValuesImageKeys : undefined,
    imagePullSecret: parsed.imagePullSecret,
    dryRun: parsed.dryRun,
    log: io.log,
  });
  const failure = failureOf(result, parsed);
  if (parsed.json) {
    const { diffs, ...rest } = result;
    const diff = parsed.dryRun
      ? diffs.map((d) => unifiedDiff(d.before, d.after, d.file)).join('')
      : undefined;
    // One JSON object on stdout, a failure included (as every ferry --json error: `error`).
    const error = failure && {
      command: 'set-image',
      message: failure.message,
      code: failure.code,
      exitCode: failure.exitCode,
    };
    io.stdout.write(
      `${JSON.stringify({ ...rest, dryRun: parsed.dryRun, ...(diff !== undefined ? { diff } : {}), ...(error ? { error } : {}) }, null, 2)}\n`,
    );
  } else {
    // One write: a pipe takes a system call per write, and a large repository has thousands of lines.
    const out: string[] = [];
    if (parsed.dryRun) for (const d of result.diffs) out.push(unifiedDiff(d.before, d.after, d.file));
    for (const change of result.changes) out.push(`${describe(change)}\n`);
    const files = result.changedFiles.length;
    if (result.changes.length > 0)
      out.push(
        `${parsed.dryRun ? 'Would change' : 'Changed'} ${result.changes.length} reference(s) in ${files} file(s)${parsed.dryRun ? '; dry run, nothing written' : ''}.\n`,
      );
    else if (result.outcome === 'unchanged')
      out.push(`Nothing to change: the ${result.matched} matching reference(s) are already as asked.\n`);
    if (out.length > 0) io.stdout.write(out.join(''));
  }
  if (!failure) return 0;
  say(io, 'set-image', failure.message);
  return failure.exitCode;
}

interface Failure {
  message: string;
  code: 'USAGE' | 'GITOPS';
  exitCode: number;
}

/** Why a run that raised nothing still fails: files that are not YAML (2), nothing pinned (1). */
function failureOf(result: SetImageResult, parsed: SetImageArgs): Failure | undefined {
  const why = result.skippedFiles.map((s) => `${s.file}: ${s.reason}`).join('; ');
  // Text that is not YAML is bad input (2); a template is a file ferry rightly leaves alone (1).
  if (result.outcome === 'unreadable')
    return {
      message: `no file could be edited (${why}). Fix the files, or name files ferry can edit.`,
      code: 'USAGE',
      exitCode: EXIT_USAGE,
    };
  if (result.outcome === 'left-alone' && !parsed.allowNoMatch)
    return {
      message: `nothing was pinned: every file was left alone (${why}). Pin the image in the chart's values file instead of its templates, or name the files that hold the image.`,
      code: 'GITOPS',
      exitCode: EXIT_FAILURE,
    };
  if (result.outcome === 'no-match' && !parsed.allowNoMatch) {
    const wanted = [...parsed.images.map((i) => i.repository), ...Object.keys(parsed.policies)].join(', ');
    return {
      message: `no image matched ${wanted} in ${result.unchangedFiles.length + result.skippedFiles.length} file(s). Check the repository (registry and path; Docker Hub names like nginx are docker.io/library/nginx) or the container name, or pass --allow-no-match.`,
      code: 'GITOPS',
      exitCode: EXIT_FAILURE,
    };
  }
  return undefined;
}

/** The `ferry set-image` command. */
export const setImageCommand: Command = async (args, io) => {
  try {
    return await run(args, io);
  } catch (error) {
    return sayError(io, 'set-image', error, { json: wantsJson(args) });
  }
};
