// Parses the action's inputs once, at the edge, into one typed object (as docker/build-push-action's
// context.ts does); everything below works from this object.
import { JSON_SCHEMA, load as loadYaml } from 'js-yaml';
import type { PipelineEnvironment } from '../env';
import { UsageError, errorMessage } from '../util/errors';
import { parseEnvironments } from './fan-in';

export interface ActionInputs {
  step?: string;
  stage?: string;
  params: Record<string, string | boolean | string[]>;
  configFile?: string;
  workingDirectory?: string;
  /** The environments of the `pipeline-env` input, in order (several when jobs fan in). */
  envInputs: PipelineEnvironment[];
  verbose: boolean;
  /** Configuration warnings are errors. */
  strict: boolean;
  /** Write the job summary (input `summary`, default true). */
  summary: boolean;
}

export type InputReader = (name: string) => string;

function paramValue(name: string, value: unknown): string | boolean | string[] {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
    return value.map((v) => String(v));
  }
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  throw new UsageError(`Input params: ${name} has no value. Give it a value or remove it.`);
}

export function parseParams(text: string): Record<string, string | boolean | string[]> {
  if (text.trim() === '') return {};
  let data: unknown;
  try {
    data = loadYaml(text, { schema: JSON_SCHEMA });
  } catch (error) {
    throw new UsageError(
      `Input params is not valid YAML: ${errorMessage(error).split('\n')[0]}. Write a mapping such as "targetRegistryUrl: registry.example.com".`,
      error,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(
      `Input params must be a YAML mapping of parameter names to values, e.g. "forcePush: true".`,
    );
  }
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, paramValue(k, v)]));
}

/** A boolean input as GitHub's YAML 1.2 core schema spells it; '' is the default. */
function booleanInput(input: InputReader, name: string, fallback: boolean): boolean {
  const text = input(name).trim();
  if (text === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new UsageError(`Input ${name} must be true or false, not '${text}'.`);
}

export function readInputs(input: InputReader): ActionInputs {
  const step = input('step').trim() || undefined;
  const stage = input('stage').trim() || undefined;
  if (!step && !stage)
    throw new UsageError(`Set the input 'step' (e.g. imagePushToRegistry) or 'stage' (e.g. Build).`);
  return {
    step,
    stage,
    params: parseParams(input('params')),
    configFile: input('config').trim() || undefined,
    workingDirectory: input('working-directory').trim() || undefined,
    envInputs: parseEnvironments(input('pipeline-env')),
    verbose: booleanInput(input, 'verbose', false),
    strict: booleanInput(input, 'strict', false),
    summary: booleanInput(input, 'summary', true),
  };
}

/** Output name of a pipeline environment key: `container/imageDigest` → `container-image-digest`. */
export function outputName(key: string): string {
  return key
    .replace(/\//g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
