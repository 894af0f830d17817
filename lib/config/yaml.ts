// Safe YAML for config files: js-yaml's core schema (plus `<<` merges, common in Piper configs), one
// document, bounded size, aliases and total expanded size, so a billion-laughs file fails fast.
import { CORE_SCHEMA, YAMLException, loadAll, mergeTag } from 'js-yaml';
import { ConfigError } from '../util/errors';

/** Limits that no real pipeline config comes near. */
export const YAML_LIMITS = {
  /** Bytes of YAML text. */
  maxBytes: 1024 * 1024,
  /** Alias nodes (`*ref`) per document. */
  maxAliases: 500,
  /** Values after expanding aliases (every scalar, sequence and mapping counts once per place it appears). */
  maxNodes: 100_000,
  maxDepth: 64,
} as const;

const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

/** Parses one YAML document; an empty file is `undefined`. Errors are ConfigErrors naming file and line. */
export function parseYaml(text: string, file: string): unknown {
  if (Buffer.byteLength(text, 'utf8') > YAML_LIMITS.maxBytes) {
    throw new ConfigError(
      `${file}: the file is larger than ${YAML_LIMITS.maxBytes} bytes. A pipeline config is far smaller: check that this is the right file.`,
    );
  }
  let documents: unknown[];
  try {
    documents = loadAll(text, {
      filename: file,
      schema: SCHEMA,
      maxAliases: YAML_LIMITS.maxAliases,
      maxDepth: YAML_LIMITS.maxDepth,
    });
  } catch (error) {
    if (error instanceof YAMLException) {
      const where = error.mark ? `${file}:${error.mark.line + 1}:${error.mark.column + 1}` : file;
      throw new ConfigError(
        `${where}: not valid YAML: ${error.reason}.${error.mark?.snippet ? `\n${error.mark.snippet}\n` : ' '}Fix the YAML at that line.`,
        error,
      );
    }
    throw new ConfigError(`${file}: cannot parse the YAML: ${String(error)}.`, error);
  }
  if (documents.length > 1) {
    throw new ConfigError(
      `${file}: holds ${documents.length} YAML documents (---); a config file holds one. Merge them.`,
    );
  }
  const value = documents[0];
  checkExpandedSize(value, file);
  return value;
}

/**
 * Counts values as a reader of the parsed object would visit them, aliases expanded, and stops at the
 * limit: js-yaml shares aliased nodes, so the object is small, but anything that walks it (type checks,
 * merges, JSON output) would not be.
 */
function checkExpandedSize(root: unknown, file: string): void {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    count++;
    if (count > YAML_LIMITS.maxNodes) {
      throw new ConfigError(
        `${file}: expands to more than ${YAML_LIMITS.maxNodes} values (anchors and aliases that multiply, like a "billion laughs" file). ` +
          'ferry refuses it. Write the values out instead of nesting aliases.',
      );
    }
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) stack.push(item);
    }
  }
}
