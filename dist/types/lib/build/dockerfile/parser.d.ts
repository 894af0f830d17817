export type EscapeChar = '\\' | '`';
/** A heredoc attached to an instruction (`COPY <<EOF /file`, `RUN <<EOF`). */
export interface Heredoc {
    name: string;
    body: string;
    /** `<<-`: leading tabs stripped from the body lines. */
    chomp: boolean;
}
export interface Instruction {
    /** Upper-case keyword: FROM, COPY, RUN, … */
    keyword: string;
    /** 1-based line of the keyword; `endLine` is the last line including continuations and heredocs. */
    line: number;
    endLine: number;
    /** The instruction as written (continuations joined), for messages and history. */
    original: string;
    /** `--name=value` flags before the arguments (FROM, COPY, ADD, RUN, HEALTHCHECK); `--link` → 'true'. */
    flags: Record<string, string>;
    /** The arguments after keyword and flags, continuations joined, trimmed. */
    args: string;
    /** The arguments as a JSON string array when written in exec (JSON) form. */
    json?: string[];
    heredocs?: Heredoc[];
}
export interface Stage {
    /** Position among the FROM lines, 0-based. */
    index: number;
    /** `FROM x AS name`, lower-cased as Docker compares it. */
    name?: string;
    from: Instruction;
    /** The instructions after FROM, up to the next FROM. */
    instructions: Instruction[];
}
export interface Dockerfile {
    /** Parser directives (`# syntax=…`, `# escape=…`, `# check=…`), keys lower-case. */
    directives: Record<string, string>;
    escape: EscapeChar;
    /** ARG instructions before the first FROM: usable in FROM lines only. */
    globalArgs: Instruction[];
    stages: Stage[];
    /** Every instruction in file order. */
    instructions: Instruction[];
}
export interface ParseOptions {
    /** Names the file in error messages (default `Dockerfile`). */
    file?: string;
}
/** Parses Dockerfile text. Throws a FerryError (code BUILD, usage) naming the line for malformed input. */
export declare function parseDockerfile(text: string, options?: ParseOptions): Dockerfile;
/** The image and optional stage name of a FROM instruction (before variable substitution). */
export declare function fromParts(from: Instruction): {
    image: string;
    name?: string;
};
/** Finds the stage a `--target` names (or the last stage), throwing a usage error when unknown. */
export declare function targetStage(dockerfile: Dockerfile, target: string | undefined): Stage;
/** A stage a `COPY --from=` or `FROM` names: by name or by index, else undefined (an image). */
export declare function findStage(dockerfile: Dockerfile, ref: string, before: number): Stage | undefined;
/** The stages a target needs, in build order: itself, its FROM stages and `COPY --from` stages. */
export declare function neededStages(dockerfile: Dockerfile, target: Stage): Stage[];
