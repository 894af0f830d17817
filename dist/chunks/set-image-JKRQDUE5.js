import { createRequire as __ferryCreateRequire } from 'node:module'; const require = __ferryCreateRequire(import.meta.url);
import {
  UPDATER_KINDS,
  isKindOption,
  resolveTarget,
  unifiedDiff,
  updateFiles
} from "./chunk-SDDO5NTP.js";
import "./chunk-2MNOM6DJ.js";
import {
  EXIT_FAILURE,
  EXIT_USAGE,
  FerryError,
  UsageError,
  errorMessage,
  exitCodeOf
} from "./chunk-4IZ6AG3E.js";

// lib/gitops/set-image.ts
var SET_IMAGE_USAGE = `Usage: ferry set-image FILE|DIR|GLOB\u2026 --image REPOSITORY=REFERENCE [--image \u2026] [options]

Pins images in Kubernetes manifests, kustomization.yaml, Helm values files and setter-marked values,
changing only the image text. Files are edited in place; nothing is committed.

  --image REPOSITORY=REFERENCE   replace images of REPOSITORY (any tag or digest) with REFERENCE,
                                 e.g. app=registry.example.com/app:1.2@sha256:<64 hex>; a bare
                                 REFERENCE stands for its own repository; a bare sha256:<64 hex>
                                 keeps the repository and pins the digest
  --policy NAMESPACE:NAME=REFERENCE   the reference a Flux image policy stands for (setter comments)
  --container NAME               manifests: replace the image of containers with this name
  --kind auto|${UPDATER_KINDS.join("|")}   file kind (default auto)
  --referenceForm digest|tag+digest|tag   how to write it (default digest when REFERENCE has one)
  --keepTag                      same as --referenceForm tag+digest
  --helmValuesImageKeys PATH     Helm values key path of an image (repeatable), e.g. worker.image
  --imagePullSecret NAME         add imagePullSecrets: [{name: NAME}] to pod specs that have none
  --dry-run                      print a unified diff; write nothing
  --json                         print the result as JSON
  --allow-no-match               succeed when no image matched (default: exit 1)
`;
var FLAG_ALIASES = {
  "--container": "containerName",
  "--containerName": "containerName",
  "--image": "image",
  "--policy": "policy",
  "--kind": "kind",
  "--referenceForm": "referenceForm",
  "--reference-form": "referenceForm",
  "--helmValuesImageKeys": "helmValuesImageKeys",
  "--imagePullSecret": "imagePullSecret"
};
var SWITCHES = {
  "--dry-run": "dryRun",
  "--dryRun": "dryRun",
  "--json": "json",
  "--allow-no-match": "allowNoMatch",
  "--allowNoMatch": "allowNoMatch",
  "--keepTag": "keepTag",
  "--keep-tag": "keepTag",
  "--help": "help",
  "-h": "help"
};
function parseImage(value) {
  const eq = value.indexOf("=");
  const repository = eq < 0 ? value : value.slice(0, eq);
  const reference = eq < 0 ? value : value.slice(eq + 1);
  if (repository.trim() === "" || reference.trim() === "")
    throw new UsageError(
      `Invalid --image '${value}': expected REPOSITORY=REFERENCE. Write e.g. --image app=registry.example.com/app@sha256:<64 hex>.`
    );
  return { repository: repository.trim(), reference: reference.trim() };
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
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      parsed.paths.push(...args.slice(i + 1));
      break;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const sw = SWITCHES[flag];
    if (sw) {
      if (eq > 0) throw new UsageError(`Invalid option '${arg}': ${flag} takes no value.`);
      parsed[sw] = true;
      continue;
    }
    const name = FLAG_ALIASES[flag];
    if (!name) {
      if (arg.startsWith("-"))
        throw new UsageError(`Unknown option '${flag}'. Run 'ferry set-image --help' for the options.`);
      parsed.paths.push(arg);
      continue;
    }
    let value;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      i++;
    }
    if (value === void 0 || value === "")
      throw new UsageError(`Option ${flag} needs a value. Run 'ferry set-image --help'.`);
    switch (name) {
      case "image":
        parsed.images.push(parseImage(value));
        break;
      case "policy": {
        const at = value.lastIndexOf("=");
        if (at <= 0) throw new UsageError(`Invalid --policy '${value}': expected NAMESPACE:NAME=REFERENCE.`);
        parsed.policies[value.slice(0, at)] = value.slice(at + 1);
        break;
      }
      case "containerName":
        parsed.containerName = value;
        break;
      case "kind":
        if (!isKindOption(value))
          throw new UsageError(
            `Invalid --kind '${value}': expected one of auto, ${UPDATER_KINDS.join(", ")}.`
          );
        parsed.kind = value;
        break;
      case "referenceForm":
        if (value !== "digest" && value !== "tag+digest" && value !== "tag")
          throw new UsageError(`Invalid --referenceForm '${value}': expected digest, tag+digest or tag.`);
        parsed.referenceForm = value;
        break;
      case "helmValuesImageKeys":
        parsed.helmValuesImageKeys.push(value);
        break;
      case "imagePullSecret":
        parsed.imagePullSecret = value;
        break;
    }
  }
  if (parsed.help) return parsed;
  if (parsed.paths.length === 0)
    throw new UsageError(`No files given. ${SET_IMAGE_USAGE.split("\n")[0] ?? ""}`);
  if (parsed.images.length === 0 && Object.keys(parsed.policies).length === 0)
    throw new UsageError(
      "No --image given. Add --image REPOSITORY=REFERENCE, e.g. --image app=registry.example.com/app@sha256:<64 hex>."
    );
  const form = { referenceForm: parsed.referenceForm, keepTag: parsed.keepTag };
  for (const image of parsed.images) {
    try {
      resolveTarget(image, form);
    } catch (error) {
      throw new UsageError(
        `Invalid --image '${image.repository}=${image.reference}': ${errorMessage(error)}`,
        error
      );
    }
  }
  for (const reference of Object.values(parsed.policies))
    resolveTarget({ repository: reference, reference }, form);
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
  const result = await updateFiles({
    root: io.cwd,
    files: parsed.paths,
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
  const noMatch = result.matched === 0;
  if (parsed.json) {
    const { diffs, ...rest } = result;
    const diff = parsed.dryRun ? diffs.map((d) => unifiedDiff(d.before, d.after, d.file)).join("") : void 0;
    io.stdout.write(
      `${JSON.stringify({ ...rest, dryRun: parsed.dryRun, ...diff !== void 0 ? { diff } : {} }, null, 2)}
`
    );
  } else {
    if (parsed.dryRun) for (const d of result.diffs) io.stdout.write(unifiedDiff(d.before, d.after, d.file));
    for (const change of result.changes) io.stdout.write(`${describe(change)}
`);
    const files = result.changedFiles.length;
    if (result.changes.length > 0)
      io.stdout.write(
        `${parsed.dryRun ? "Would change" : "Changed"} ${result.changes.length} reference(s) in ${files} file(s)${parsed.dryRun ? "; dry run, nothing written" : ""}.
`
      );
    else if (!noMatch)
      io.stdout.write(
        `Nothing to change: the ${result.matched} matching reference(s) are already as asked.
`
      );
  }
  if (noMatch && result.unchangedFiles.length === 0 && result.skippedFiles.length > 0) {
    const why = result.skippedFiles.map((s) => `${s.file}: ${s.reason}`).join("; ");
    io.log.error(`set-image: no file could be edited (${why}). Fix the files, or name files ferry can edit.`);
    return EXIT_USAGE;
  }
  if (noMatch && !parsed.allowNoMatch) {
    const wanted = [...parsed.images.map((i) => i.repository), ...Object.keys(parsed.policies)].join(", ");
    io.log.error(
      `set-image: no image matched ${wanted} in ${result.unchangedFiles.length + result.skippedFiles.length} file(s). Check the repository (registry and path; Docker Hub names like nginx are docker.io/library/nginx) or the container name, or pass --allow-no-match.`
    );
    return EXIT_FAILURE;
  }
  return 0;
}
var setImageCommand = async (args, io) => {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof FerryError) {
      io.log.error(`set-image: ${error.message}`);
      if (error.usage && error.code === "USAGE") io.stderr.write(`Run 'ferry set-image --help' for usage.
`);
      return exitCodeOf(error);
    }
    io.log.error(`set-image: ${errorMessage(error)}`);
    return EXIT_FAILURE;
  }
};
export {
  SET_IMAGE_USAGE,
  parseSetImageArgs,
  setImageCommand
};
