// Where each key of a config file is written (1-based lines), for warnings the Action annotates: read with
// the `yaml` library's source positions, for the sections ferry reads (general, stages.X, steps.X).
import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';

/** `positionKey('steps.imagePushToRegistry', 'targetRegistryUrl')`; the section itself has key ''. */
export function positionKey(section: string, key: string): string {
  return `${section}\u0000${key}`;
}

function keyName(node: unknown): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number'))
    return String(node.value);
  return undefined;
}

/**
 * Lines of the keys of general, stages.<S> and steps.<S> and of those sections themselves. Best
 * effort: text js-yaml accepted but this parser reads differently gets fewer lines, never an error.
 */
export function keyLines(text: string): ReadonlyMap<string, number> {
  const lines = new Map<string, number>();
  let doc;
  const counter = new LineCounter();
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  } catch {
    return lines;
  }
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? counter.linePos(node.range[0]).line : undefined;
  const record = (section: string, key: string, node: unknown): void => {
    const line = lineOf(node as Node);
    if (line !== undefined && !lines.has(positionKey(section, key)))
      lines.set(positionKey(section, key), line);
  };
  const keysOf = (section: string, map: unknown): void => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      const name = keyName(pair.key);
      if (name !== undefined) record(section, name, pair.key);
    }
  };
  const root = doc.contents;
  if (!isMap(root)) return lines;
  for (const pair of root.items) {
    const top = keyName(pair.key);
    if (top !== undefined) record('', top, pair.key);
    if (top === 'general') {
      record('general', '', pair.key);
      keysOf('general', pair.value);
    } else if ((top === 'stages' || top === 'steps') && isMap(pair.value)) {
      for (const inner of pair.value.items) {
        const name = keyName(inner.key);
        if (name === undefined) continue;
        record(`${top}.${name}`, '', inner.key);
        keysOf(`${top}.${name}`, inner.value);
      }
    }
  }
  return lines;
}
