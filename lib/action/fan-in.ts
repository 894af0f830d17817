// Fan-in: the `pipeline-env` input may hold several environments (matrix jobs that each built and
// promoted one image), merged into one so a single GitOps job deploys every image in one commit.
//
// The rule, in the order the environments are given:
// - image records (`container/images`, `promotion/images`) are joined; a record for an image already
//   present (same registry and repository) replaces the earlier one in its place;
// - Piper's lists (`container/imageNameTags`, `container/imageNames`, `container/imageDigests`) are
//   concatenated, so names, tags and digests stay parallel; `gitops/files` joins without duplicates;
// - any other key: the last environment that sets it wins. When two disagree, a line says which won;
//   for `git/commitId` it is a warning, since matrix jobs of one run build one commit.
import { PipelineEnvironment, type EnvValue } from '../env';
import type { Logger } from '../log';
import { UsageError, errorMessage } from '../util/errors';

const RECORD_KEYS = new Set(['container/images', 'promotion/images']);
const PARALLEL_LISTS = new Set(['container/imageNameTags', 'container/imageNames', 'container/imageDigests']);
const SET_LISTS = new Set(['gitops/files']);
/** Keys whose disagreement points at a mistake, not at the images of a matrix. */
const MUST_AGREE = new Set(['git/commitId']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Splits the `pipeline-env` input into environments: one JSON object, a JSON list of objects, or one
 * JSON object per line (the downloaded artifacts of matrix jobs, concatenated). Empty: none.
 */
export function parseEnvironments(text: string, origin = "input 'pipeline-env'"): PipelineEnvironment[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  let whole: unknown;
  let parsed = true;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    parsed = false;
  }
  if (parsed) {
    if (Array.isArray(whole))
      return whole.map((item, i) => PipelineEnvironment.fromJSON(item, `${origin}, item ${i + 1}`));
    return [PipelineEnvironment.fromJSON(whole, origin)];
  }
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2 || !lines.every((line) => line.trim().startsWith('{')))
    return [PipelineEnvironment.parseJSON(trimmed, origin)]; // one malformed object: its own message
  return lines.map((line, i) => {
    try {
      return PipelineEnvironment.parseJSON(line, `${origin}, line ${i + 1}`);
    } catch (error) {
      throw new UsageError(
        `${errorMessage(error)} Give one JSON object per line, or a JSON list of objects.`,
        error,
      );
    }
  });
}

/** The identity of an image record: registry and repository (of the target, for a promotion). */
function recordIdentity(key: string, record: unknown): string | undefined {
  if (!isObject(record)) return undefined;
  const image = key === 'promotion/images' && isObject(record.target) ? record.target : record;
  const registry = image.registry;
  const repository = image.repository ?? image.name;
  return typeof registry === 'string' && typeof repository === 'string'
    ? `${registry}/${repository}`
    : undefined;
}

function joinRecords(key: string, before: readonly EnvValue[], after: readonly EnvValue[]): EnvValue[] {
  const out = [...before];
  for (const record of after) {
    const id = recordIdentity(key, record);
    const at = id === undefined ? -1 : out.findIndex((r) => recordIdentity(key, r) === id);
    if (at >= 0) out[at] = record;
    else out.push(record);
  }
  return out;
}

function same(a: EnvValue, b: EnvValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Merges environments by the rule at the top of this file; one environment is returned as is. */
export function mergeEnvironments(
  environments: readonly PipelineEnvironment[],
  log?: Logger,
): PipelineEnvironment | undefined {
  if (environments.length <= 1) return environments[0];
  const merged = new Map<string, EnvValue>();
  const setBy = new Map<string, number>();
  environments.forEach((env, index) => {
    for (const key of env.keys()) {
      const value = env.getRaw(key);
      if (value === undefined) continue;
      const earlier = merged.get(key);
      if (earlier === undefined) {
        merged.set(key, value);
        setBy.set(key, index);
      } else if (Array.isArray(earlier) && Array.isArray(value) && RECORD_KEYS.has(key)) {
        merged.set(key, joinRecords(key, earlier, value));
      } else if (Array.isArray(earlier) && Array.isArray(value) && PARALLEL_LISTS.has(key)) {
        merged.set(key, [...earlier, ...value]);
      } else if (Array.isArray(earlier) && Array.isArray(value) && SET_LISTS.has(key)) {
        merged.set(key, [...earlier, ...value.filter((v) => !earlier.some((e) => same(e, v)))]);
      } else if (!same(earlier, value)) {
        const line = `pipeline-env: ${key} differs between environment ${(setBy.get(key) ?? 0) + 1} and ${index + 1}; the later one (${index + 1}) is used.`;
        if (MUST_AGREE.has(key)) log?.warn(`${line} Were the jobs built from different commits?`);
        else log?.info(line);
        merged.set(key, value);
        setBy.set(key, index);
      }
    }
  });
  const out = new PipelineEnvironment();
  for (const [key, value] of merged) out.setRaw(key, value);
  return out;
}
