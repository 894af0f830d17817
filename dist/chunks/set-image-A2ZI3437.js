const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  checkTargets,
  parseImageTarget,
  setImage
} from "./chunk-VPOIOGOF.js";
import {
  say,
  sayError,
  wantsJson
} from "./chunk-CXIF5CUK.js";
import {
  closedOptions,
  enabled,
  parseArgs,
  single
} from "./chunk-6AIOAQ5K.js";
import {
  UPDATER_KINDS,
  isKindOption,
  parseHelmImageKeys,
  unifiedDiff
} from "./chunk-CYNXPD3H.js";
import "./chunk-TCHB576X.js";
import "./chunk-4EWSLH6K.js";
import {
  EXIT_FAILURE,
  EXIT_USAGE,
  UsageError
} from "./chunk-ZTYGLEFB.js";

// lib/cli/commands/set-image.ts
var SET_IMAGE_USAGE = `Usage: ferry set-image FILE|DIR|GLOB\u2026 --image REPOSITORY=REFERENCE [--image \u2026] [options]

Pins images in Kubernetes manifests, kustomizations, Helm values files (also in Flux HelmReleases and
Argo CD Applications), Argo CD write-back files and setter-marked values, changing only the image
text. Files are edited in place; nothing is committed. Files and directories named here may be
anywhere; globs are relative to the working directory.

  --image REPOSITORY=REFERENCE   replace images of REPOSITORY (any tag or digest) with REFERENCE,
                                 e.g. app=registry.example.com/app:1.2@sha256:<64 hex>. Images
                                 already at REFERENCE's repository match too, so running it again
                                 re-pins them. A bare REFERENCE stands for its own repository;
                                 REPOSITORY=sha256:<64 hex> (or =*@sha256:\u2026, =*:TAG, as kustomize
                                 writes it) keeps the name the file has and changes tag or digest
  --policy NAMESPACE:NAME=REFERENCE   the reference a Flux image policy stands for (setter comments)
  --container NAME               manifests: replace the image of containers with this name
  --kind auto|${UPDATER_KINDS.join("|")}   file kind (default auto)
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
var VALUE_NAMES = {
  containerName: ["container", "containerName"],
  image: ["image"],
  policy: ["policy"],
  kind: ["kind"],
  referenceForm: ["referenceForm", "reference-form"],
  helmValuesImageKeys: ["helmValuesImageKeys", "helm-values-image-keys"],
  imagePullSecret: ["imagePullSecret"]
};
var SWITCH_NAMES = {
  dryRun: ["dry-run", "dryRun"],
  json: ["json"],
  allowNoMatch: ["allow-no-match", "allowNoMatch"],
  keepTag: ["keepTag", "keep-tag"]
};
var SET_IMAGE_FLAGS = {
  values: Object.values(VALUE_NAMES).map(([name]) => name),
  booleans: Object.values(SWITCH_NAMES).map(([name]) => name),
  aliases: Object.fromEntries(
    [...Object.values(VALUE_NAMES), ...Object.values(SWITCH_NAMES)].map(([name, ...rest]) => [name, rest])
  )
};
function parseImage(value) {
  try {
    return parseImageTarget(value);
  } catch {
    throw new UsageError(
      `Invalid --image '${value}': expected REPOSITORY=REFERENCE. Write e.g. --image app=registry.example.com/app@sha256:<64 hex>.`
    );
  }
}
function parseSetImageArgs(args) {
  const parsed = {
    paths: [],
    images: [],
    policies: {},
    containerName: void 0,
    kind: "auto",
    referenceForm: void 0,
    keepTag: false,
    helmValuesImageKeys: [],
    imagePullSecret: void 0,
    dryRun: false,
    json: false,
    allowNoMatch: false,
    help: false
  };
  const options = parseArgs(args, closedOptions(SET_IMAGE_FLAGS, "set-image"));
  const values = (names) => names.flatMap((n) => options.flags.get(n) ?? []);
  const once = ([name, ...aliases]) => single(options, name, aliases);
  const on = (names) => names.some((n) => enabled(options, n));
  parsed.dryRun = on(SWITCH_NAMES.dryRun);
  parsed.json = on(SWITCH_NAMES.json);
  parsed.allowNoMatch = on(SWITCH_NAMES.allowNoMatch);
  parsed.keepTag = on(SWITCH_NAMES.keepTag);
  parsed.help = enabled(options, "help");
  parsed.paths.push(...options.positionals);
  parsed.images.push(...values(VALUE_NAMES.image).map(parseImage));
  for (const value of values(VALUE_NAMES.policy)) {
    const at = value.lastIndexOf("=");
    if (at <= 0) throw new UsageError(`Invalid --policy '${value}': expected NAMESPACE:NAME=REFERENCE.`);
    parsed.policies[value.slice(0, at)] = value.slice(at + 1);
  }
  parsed.containerName = once(VALUE_NAMES.containerName);
  const kind = once(VALUE_NAMES.kind);
  if (kind !== void 0) {
    if (!isKindOption(kind))
      throw new UsageError(`Invalid --kind '${kind}': expected one of auto, ${UPDATER_KINDS.join(", ")}.`);
    parsed.kind = kind;
  }
  const referenceForm = once(VALUE_NAMES.referenceForm);
  if (referenceForm !== void 0) {
    if (referenceForm !== "digest" && referenceForm !== "tag+digest" && referenceForm !== "tag")
      throw new UsageError(`Invalid --referenceForm '${referenceForm}': expected digest, tag+digest or tag.`);
    parsed.referenceForm = referenceForm;
  }
  parsed.helmValuesImageKeys.push(...values(VALUE_NAMES.helmValuesImageKeys).map(parseHelmImageKeys));
  parsed.imagePullSecret = once(VALUE_NAMES.imagePullSecret);
  if (parsed.help) return parsed;
  if (parsed.paths.length === 0)
    throw new UsageError(
      "No files given: name the files, directories or globs to edit. Run 'ferry set-image --help'."
    );
  if (parsed.images.length === 0 && Object.keys(parsed.policies).length === 0)
    throw new UsageError(
      "No --image given. Add --image REPOSITORY=REFERENCE, e.g. --image app=registry.example.com/app@sha256:<64 hex>."
    );
  checkTargets(parsed, "--image");
  return parsed;
}
function describe(change) {
  const where = `${change.file}:${change.line}`;
  const container = change.container ? ` (container ${change.container})` : "";
  if (change.before === "") return `${where}: added ${change.field} ${change.after}${container}`;
  if (change.after === "") return `${where}: removed ${change.field} ${change.before}${container}`;
  return `${where}: ${change.before} -> ${change.after}${container}`;
}
async function run(args, io) {
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
    helmValuesImageKeys: parsed.helmValuesImageKeys.length > 0 ? parsed.helmValuesImageKeys : void 0,
    imagePullSecret: parsed.imagePullSecret,
    dryRun: parsed.dryRun,
    log: io.log
  });
  const failure = failureOf(result, parsed);
  if (parsed.json) {
    const { diffs, ...rest } = result;
    const diff = parsed.dryRun ? diffs.map((d) => unifiedDiff(d.before, d.after, d.file)).join("") : void 0;
    const error = failure && {
      command: "set-image",
      message: failure.message,
      code: failure.code,
      exitCode: failure.exitCode
    };
    io.stdout.write(
      `${JSON.stringify({ ...rest, dryRun: parsed.dryRun, ...diff !== void 0 ? { diff } : {}, ...error ? { error } : {} }, null, 2)}
`
    );
  } else {
    const out = [];
    if (parsed.dryRun) for (const d of result.diffs) out.push(unifiedDiff(d.before, d.after, d.file));
    for (const change of result.changes) out.push(`${describe(change)}
`);
    const files = result.changedFiles.length;
    if (result.changes.length > 0)
      out.push(
        `${parsed.dryRun ? "Would change" : "Changed"} ${result.changes.length} reference(s) in ${files} file(s)${parsed.dryRun ? "; dry run, nothing written" : ""}.
`
      );
    else if (result.outcome === "unchanged")
      out.push(`Nothing to change: the ${result.matched} matching reference(s) are already as asked.
`);
    if (out.length > 0) io.stdout.write(out.join(""));
  }
  if (!failure) return 0;
  say(io, "set-image", failure.message);
  return failure.exitCode;
}
function failureOf(result, parsed) {
  const why = result.skippedFiles.map((s) => `${s.file}: ${s.reason}`).join("; ");
  if (result.outcome === "unreadable")
    return {
      message: `no file could be edited (${why}). Fix the files, or name files ferry can edit.`,
      code: "USAGE",
      exitCode: EXIT_USAGE
    };
  if (result.outcome === "left-alone" && !parsed.allowNoMatch)
    return {
      message: `nothing was pinned: every file was left alone (${why}). Pin the image in the chart's values file instead of its templates, or name the files that hold the image.`,
      code: "GITOPS",
      exitCode: EXIT_FAILURE
    };
  if (result.outcome === "no-match" && !parsed.allowNoMatch) {
    const wanted = [...parsed.images.map((i) => i.repository), ...Object.keys(parsed.policies)].join(", ");
    return {
      message: `no image matched ${wanted} in ${result.unchangedFiles.length + result.skippedFiles.length} file(s). Check the repository (registry and path; Docker Hub names like nginx are docker.io/library/nginx) or the container name, or pass --allow-no-match.`,
      code: "GITOPS",
      exitCode: EXIT_FAILURE
    };
  }
  return void 0;
}
var setImageCommand = async (args, io) => {
  try {
    return await run(args, io);
  } catch (error) {
    return sayError(io, "set-image", error, { json: wantsJson(args) });
  }
};
export {
  SET_IMAGE_FLAGS,
  SET_IMAGE_USAGE,
  parseSetImageArgs,
  setImageCommand
};
