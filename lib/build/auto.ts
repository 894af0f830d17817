// `builder: auto`: native when the Dockerfile needs nothing a runtime must do, else the first installed
// of buildah, docker, kaniko. Returns the choice and the reason, so the step can say why.
import { FerryError } from '../util/errors';
import type { Dockerfile } from './dockerfile';
import { nativeProblems } from './native';

export const BUILDERS = ['native', 'buildah', 'docker', 'kaniko', 'pack'] as const;
export type BuilderName = (typeof BUILDERS)[number];

export function isBuilderName(value: string): value is BuilderName {
  return (BUILDERS as readonly string[]).includes(value);
}

/** The program each external builder needs; `which` is asked for these. */
export const BUILDER_PROGRAMS: Readonly<Record<Exclude<BuilderName, 'native'>, string>> = {
  buildah: 'buildah',
  docker: 'docker',
  kaniko: '/kaniko/executor',
  pack: 'pack',
};

export interface BuilderChoice {
  builder: BuilderName;
  reason: string;
}

export interface AutoOptions {
  dockerfile: Dockerfile;
  /** Names the Dockerfile in the reason. */
  dockerfilePath: string;
  target?: string;
  /** True when the program is installed (injected: tests pass a table, the step looks on PATH). */
  which: (program: string) => Promise<boolean>;
}

const FALLBACK_ORDER = ['buildah', 'docker', 'kaniko'] as const;

/** Picks a builder for `auto`. Throws (code BUILD) when the Dockerfile needs a runtime and none is installed. */
export async function chooseBuilder(options: AutoOptions): Promise<BuilderChoice> {
  const problems = nativeProblems(options.dockerfile, options.target);
  const first = problems[0];
  if (!first) {
    return {
      builder: 'native',
      reason: `${options.dockerfilePath} needs no RUN or other runtime instruction, so the native builder builds it (no daemon, reproducible)`,
    };
  }
  const why = `${options.dockerfilePath} line ${first.line} (${first.keyword}): ${first.why}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`;
  const missing: string[] = [];
  for (const builder of FALLBACK_ORDER) {
    const program = BUILDER_PROGRAMS[builder];
    if (await options.which(program))
      return {
        builder,
        reason: `${why}; ${builder} is installed${missing.length ? ` (${missing.join(', ')} not)` : ''}`,
      };
    missing.push(builder);
  }
  throw new FerryError(
    `No builder for ${options.dockerfilePath}: ${why}, and none of buildah, docker, kaniko is installed. Install buildah (apt-get install buildah) or remove the instruction so the native builder can build it.`,
    { code: 'BUILD', usage: true },
  );
}
