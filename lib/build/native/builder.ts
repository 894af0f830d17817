// The native builder: turns a Dockerfile without RUN into an OCI image with no daemon and no root.
// Reproducible by construction: sorted tar entries, fixed owners and times, fixed gzip, fixed `created`.
// The phases live beside it: problems (what cannot be built natively), from (the base image), instructions
// (config changes), copy (layers), assemble (config and manifest); image.ts pushes the result.
import { readFile } from 'node:fs/promises';
import type { Platform } from '../../oci/types';
import { FerryError, errorMessage } from '../../util/errors';
import {
  neededStages,
  parseDockerfile,
  processKeyValues,
  targetStage,
  type Dockerfile,
  type Instruction,
  type Stage,
} from '../dockerfile';
import { assembleImage } from './assemble';
import { loadDockerIgnore, readContext, type SourceTree } from './context';
import { startStage } from './from';
import type { BuiltImage } from './image';
import { applyInstruction } from './instructions';
import { nativeProblems, unsupported } from './problems';
import {
  DEFAULT_PLATFORM,
  platformString,
  rfc3339,
  type BuildSession,
  type NativeBuildOptions,
  type StageState,
} from './session';

export { nativeProblems, type NativeProblem } from './problems';
export { DEFAULT_PLATFORM, type NativeBuildOptions } from './session';

class NativeBuild implements BuildSession {
  readonly file: string;
  readonly globals = new Map<string, string>();
  readonly created: string;
  readonly mtime: number;
  readonly platform: Platform;
  private readonly states = new Map<number, StageState>();
  private readonly usedArgs = new Set<string>();
  private context: SourceTree | undefined;

  constructor(
    readonly options: NativeBuildOptions,
    readonly dockerfile: Dockerfile,
  ) {
    this.file = options.dockerfilePath;
    this.mtime = options.timestamp ?? 0;
    this.created = rfc3339(this.mtime);
    this.platform = options.platform ?? DEFAULT_PLATFORM;
  }

  where(instruction: Instruction): string {
    return `${this.file} line ${instruction.line} (${instruction.keyword})`;
  }

  private automaticArgs(): Map<string, string> {
    const p = this.platform;
    const values: [string, string][] = [
      ['TARGETPLATFORM', platformString(p)],
      ['TARGETOS', p.os],
      ['TARGETARCH', p.architecture],
      ['TARGETVARIANT', p.variant ?? ''],
      ['BUILDPLATFORM', platformString(p)],
      ['BUILDOS', p.os],
      ['BUILDARCH', p.architecture],
      ['BUILDVARIANT', p.variant ?? ''],
    ];
    return new Map(values);
  }

  buildArg(name: string): string | undefined {
    const value = this.options.buildArgs?.[name];
    if (value !== undefined) this.usedArgs.add(name);
    return value;
  }

  stageState(index: number): StageState | undefined {
    return this.states.get(index);
  }

  async contextTree(): Promise<SourceTree> {
    if (!this.context) {
      const ignore = await loadDockerIgnore(this.options.contextDir, this.options.dockerfilePath);
      this.context = await readContext(this.options.contextDir, ignore);
    }
    return this.context;
  }

  /** Builds the stages the target needs, in order, and returns the target's state. */
  async run(target: Stage): Promise<StageState> {
    const automatic = this.automaticArgs();
    for (const [k, v] of automatic) this.globals.set(k, v);
    for (const instruction of this.dockerfile.globalArgs) {
      for (const [name, fallback] of processKeyValues(
        instruction.args,
        this.globals,
        this.dockerfile.escape,
      )) {
        const value = this.buildArg(name) ?? fallback ?? automatic.get(name);
        if (value !== undefined) this.globals.set(name, value);
        else this.globals.delete(name);
      }
    }
    let last: StageState | undefined;
    for (const stage of neededStages(this.dockerfile, target)) {
      last = await this.buildStage(stage);
      this.states.set(stage.index, last);
    }
    if (!last)
      throw new FerryError('Dockerfile has no stage to build. Add a FROM line.', {
        code: 'BUILD',
        usage: true,
      });
    // SOURCE_DATE_EPOCH is BuildKit's reproducibility knob, consumed by the builder, not the Dockerfile.
    const unused = Object.keys(this.options.buildArgs ?? {}).filter(
      (name) => !this.usedArgs.has(name) && name !== 'SOURCE_DATE_EPOCH',
    );
    if (unused.length)
      this.options.log?.warn(`build args not consumed by the Dockerfile: ${unused.join(', ')}`);
    return last;
  }

  private async buildStage(stage: Stage): Promise<StageState> {
    const state = await startStage(this, stage);
    for (const instruction of stage.instructions) await applyInstruction(this, state, instruction);
    return state;
  }
}

/**
 * Builds the Dockerfile natively into `workDir` and returns the image, not yet pushed (see pushImage).
 * Throws FerryError code BUILD (usage) naming the line for anything it cannot do, suggesting buildah.
 */
export async function buildNative(options: NativeBuildOptions): Promise<BuiltImage> {
  let text = options.dockerfileText;
  if (text === undefined) {
    try {
      text = await readFile(options.dockerfilePath, 'utf8');
    } catch (error) {
      throw new FerryError(
        `Dockerfile ${options.dockerfilePath} cannot be read: ${errorMessage(error)}. Set dockerfilePath to the Dockerfile.`,
        {
          code: 'BUILD',
          usage: true,
          cause: error,
        },
      );
    }
  }
  const dockerfile = parseDockerfile(text, { file: options.dockerfilePath });
  const problem = nativeProblems(dockerfile, options.target)[0];
  if (problem) throw unsupported(options.dockerfilePath, problem);
  const build = new NativeBuild(options, dockerfile);
  const state = await build.run(targetStage(dockerfile, options.target));
  return assembleImage(build, state);
}
