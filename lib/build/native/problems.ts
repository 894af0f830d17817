// What the native builder cannot do, found before anything is built: each problem names its line and
// why, and the error suggests a builder with a container runtime.
import { FerryError } from '../../util/errors';
import { findStage, neededStages, targetStage, type Dockerfile } from '../dockerfile';

/** Something the native builder cannot do, with the line that needs it. */
export interface NativeProblem {
  line: number;
  keyword: string;
  why: string;
}

const OTHER_ARCHIVE = /\.(tar\.(bz2|xz|zst)|tbz2?|txz|tzst)$/i;
const NUMERIC_OWNER = /^(\d+|root)(:(\d+|root))?$/;

const SUPPORTED_FLAGS: Readonly<Record<string, readonly string[]>> = {
  FROM: ['platform'],
  COPY: ['from', 'chown', 'chmod', 'link'],
  ADD: ['chown', 'chmod', 'link'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** The instructions among the stages a target needs that only a builder with a runtime can do. */
export function nativeProblems(dockerfile: Dockerfile, target?: string): NativeProblem[] {
  const problems: NativeProblem[] = [];
  for (const stage of neededStages(dockerfile, targetStage(dockerfile, target))) {
    for (const instruction of [stage.from, ...stage.instructions]) {
      const { keyword, line } = instruction;
      if (keyword === 'RUN') {
        problems.push({ line, keyword, why: 'RUN needs a container runtime' });
        continue;
      }
      if (keyword === 'ONBUILD') {
        problems.push({ line, keyword, why: 'ONBUILD triggers run in later builds' });
        continue;
      }
      if (instruction.heredocs) {
        problems.push({
          line,
          keyword,
          why: `heredocs (<<${instruction.heredocs[0]?.name ?? ''}) are not supported natively`,
        });
        continue;
      }
      const allowed = SUPPORTED_FLAGS[keyword] ?? [];
      for (const flag of Object.keys(instruction.flags)) {
        if (!allowed.includes(flag))
          problems.push({ line, keyword, why: `${keyword} --${flag} is not supported natively` });
      }
      if (keyword === 'ADD') {
        const words = instruction.json ?? instruction.args.split(/\s+/);
        const sources = words.slice(0, -1);
        if (sources.some((w) => /^(https?|git):\/\/|^git@/.test(w))) {
          problems.push({ line, keyword, why: 'ADD of a URL needs the network at build time' });
        }
        const archive = sources.find((w) => OTHER_ARCHIVE.test(w));
        if (archive)
          problems.push({
            line,
            keyword,
            why: `ADD unpacks '${archive}', and the native builder unpacks plain and gzip tar archives only`,
          });
      }
      const chown = instruction.flags.chown;
      if (
        (keyword === 'COPY' || keyword === 'ADD') &&
        chown !== undefined &&
        !chown.includes('$') &&
        !NUMERIC_OWNER.test(chown)
      ) {
        problems.push({
          line,
          keyword,
          why: `--chown=${chown} names a user, and the native builder does not read the image's /etc/passwd; use numeric ids`,
        });
      }
      if (
        keyword === 'COPY' &&
        instruction.flags.from !== undefined &&
        !findStage(dockerfile, instruction.flags.from, stage.index)
      ) {
        problems.push({
          line,
          keyword,
          why: `COPY --from=${instruction.flags.from} names an image, not a stage`,
        });
      }
    }
  }
  return problems;
}

export function unsupported(file: string, problem: NativeProblem): FerryError {
  return new FerryError(
    `Native build of ${file} cannot do line ${problem.line} (${problem.keyword}): ${problem.why}. Set builder: buildah (or docker/kaniko) to build this Dockerfile, or remove the instruction.`,
    { code: 'BUILD', usage: true },
  );
}
