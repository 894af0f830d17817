const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  resolveTarget,
  updateFiles
} from "./chunk-CYNXPD3H.js";
import {
  UsageError,
  errorMessage
} from "./chunk-ZTYGLEFB.js";

// lib/gitops/set-image.ts
function parseImageTarget(value) {
  const eq = value.indexOf("=");
  const repository = eq < 0 ? value : value.slice(0, eq);
  const reference = eq < 0 ? value : value.slice(eq + 1);
  if (repository.trim() === "" || reference.trim() === "")
    throw new UsageError(
      `Invalid image '${value}': expected REPOSITORY=REFERENCE, e.g. app=registry.example.com/app@sha256:<64 hex>.`
    );
  return { repository: repository.trim(), reference: reference.trim() };
}
function checkTargets(options, label = "image") {
  const form = { referenceForm: options.referenceForm, keepTag: options.keepTag };
  for (const image of options.images) {
    try {
      resolveTarget(image, form);
    } catch (error) {
      throw new UsageError(
        `Invalid ${label} '${image.repository}=${image.reference}': ${errorMessage(error)}`,
        error
      );
    }
  }
  for (const reference of Object.values(options.policies ?? {}))
    resolveTarget({ repository: reference, reference }, form);
}
async function setImage(options) {
  checkTargets(options);
  const result = await updateFiles(options);
  let outcome;
  if (result.matched === 0 && result.unchangedFiles.length === 0 && result.skippedFiles.length > 0)
    outcome = result.skippedFiles.some((s) => s.cause === "invalid") ? "unreadable" : "left-alone";
  else if (result.matched === 0) outcome = "no-match";
  else outcome = result.changes.length > 0 ? "changed" : "unchanged";
  return { ...result, outcome };
}

export {
  parseImageTarget,
  checkTargets,
  setImage
};
