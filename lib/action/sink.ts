// The GitHub Actions back end of the logger (workflow commands through @actions/core).
import * as core from '@actions/core';
import { relative, resolve } from 'node:path';
import type { LogSink, SourcePosition } from '../log';
import { isInside } from '../util/paths';

/**
 * GitHub Actions' log: one group per step (GitHub cannot nest groups, so a phase inside a step is a
 * plain line), warnings and errors as annotations on the file and line they concern.
 */
export function createActionSink(paths: { repository: string; workingDirectory: string }): LogSink {
  let depth = 0;
  const annotation = (where: SourcePosition | undefined): core.AnnotationProperties | undefined => {
    if (!where?.file) return undefined;
    const absolute = resolve(paths.workingDirectory, where.file);
    // Annotations name files relative to the repository root; a file outside it keeps its own name.
    const file = isInside(absolute, resolve(paths.repository))
      ? relative(paths.repository, absolute)
      : where.file;
    return {
      file,
      ...(where.line !== undefined ? { startLine: where.line } : {}),
      ...(where.key !== undefined ? { title: where.key } : {}),
    };
  };
  return {
    write(level, text, where) {
      if (level === 'debug') core.debug(text);
      else if (level === 'warn') core.warning(text, annotation(where));
      else if (level === 'error') core.error(text, annotation(where));
      else core.info(text);
    },
    startGroup(name) {
      if (depth++ === 0) core.startGroup(name);
      else core.info(name);
    },
    endGroup() {
      if (depth > 0 && --depth === 0) core.endGroup();
    },
    registerSecret: (value) => core.setSecret(value),
  };
}
