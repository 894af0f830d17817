// Parses a Dockerfile into instructions with their line numbers, as Docker's frontend does: parser
// directives, escape character, line continuations, comments, flags, JSON vs shell form and heredocs.
import { FerryError } from '../../util/errors';

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

const FLAG_KEYWORDS = new Set(['FROM', 'COPY', 'ADD', 'RUN', 'HEALTHCHECK']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const KNOWN = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
// `<<EOF`, `<<-EOF`, `<<"EOF"` as one word: `a << b` and `$((1<<2))` are not heredocs.
const HEREDOC = /(?<![<\w])<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

function parseError(file: string, line: number, why: string, fix: string): FerryError {
  return new FerryError(`Dockerfile ${file} line ${line}: ${why}. ${fix}`, { code: 'BUILD', usage: true });
}

/** Splits off the parser directives, which are only valid before anything else (blank lines included). */
function readDirectives(lines: string[]): { directives: Record<string, string>; consumed: number } {
  const directives: Record<string, string> = {};
  let consumed = 0;
  for (const line of lines) {
    const match = DIRECTIVE.exec(line.trim());
    if (!match || !line.trim().startsWith('#')) break;
    const key = (match[1] ?? '').toLowerCase();
    if (!['syntax', 'escape', 'check'].includes(key) || key in directives) break;
    directives[key] = match[2] ?? '';
    consumed++;
  }
  return { directives, consumed };
}

/** True when the line ends with an unescaped escape character (a continuation). */
function continues(line: string, escape: EscapeChar): boolean {
  return line.replace(/\s+$/, '').endsWith(escape);
}

function parseJsonArray(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) return value;
  } catch {
    // Not JSON: Docker then treats the text as shell form.
  }
  return undefined;
}

/** Splits `--name=value` flags from the front of the arguments. */
function splitFlags(rest: string): { flags: Record<string, string>; args: string } {
  const flags: Record<string, string> = {};
  let args = rest;
  for (;;) {
    const match = /^--([a-zA-Z][a-zA-Z0-9-]*)(?:=((?:"[^"]*"|'[^']*'|\S)*))?(?:\s+|$)/.exec(args);
    if (!match) break;
    const raw = match[2];
    flags[match[1] ?? ''] = raw === undefined ? 'true' : raw.replace(/^(["'])(.*)\1$/, '$2');
    args = args.slice(match[0].length);
  }
  return { flags, args };
}

export interface ParseOptions {
  /** Names the file in error messages (default `Dockerfile`). */
  file?: string;
}

/** Parses Dockerfile text. Throws a FerryError (code BUILD, usage) naming the line for malformed input. */
export function parseDockerfile(text: string, options: ParseOptions = {}): Dockerfile {
  const file = options.file ?? 'Dockerfile';
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { directives, consumed } = readDirectives(lines);
  const escapeDirective = directives.escape;
  if (escapeDirective !== undefined && escapeDirective !== '\\' && escapeDirective !== '`') {
    throw parseError(
      file,
      1,
      `invalid escape directive '${escapeDirective}'`,
      'Use `# escape=\\` or `# escape=``.',
    );
  }
  const escape: EscapeChar = escapeDirective === '`' ? '`' : '\\';

  const instructions: Instruction[] = [];
  let i = consumed;
  while (i < lines.length) {
    const first = lines[i] ?? '';
    const trimmedFirst = first.trim();
    if (trimmedFirst === '' || trimmedFirst.startsWith('#')) {
      i++;
      continue;
    }
    const startLine = i + 1;
    const parts: string[] = [];
    let current = first;
    for (;;) {
      if (continues(current, escape)) {
        const stripped = current.replace(/\s+$/, '');
        parts.push(stripped.slice(0, -1));
        i++;
        // Comment and empty lines inside a continuation are dropped, as Docker does.
        while (i < lines.length && /^\s*(#.*)?$/.test(lines[i] ?? '')) i++;
        if (i >= lines.length) break;
        current = lines[i] ?? '';
        continue;
      }
      parts.push(current);
      i++;
      break;
    }
    const joined = parts.join('').trim();
    const match = /^(\S+)(?:\s+([\s\S]*))?$/.exec(joined);
    const word = match?.[1] ?? '';
    const keyword = word.toUpperCase();
    if (!KNOWN.has(keyword)) {
      throw parseError(
        file,
        startLine,
        `unknown instruction '${word}'`,
        'Check the spelling; see the Dockerfile reference.',
      );
    }
    let rest = (match?.[2] ?? '').trim();
    let flags: Record<string, string> = {};
    if (FLAG_KEYWORDS.has(keyword)) ({ flags, args: rest } = splitFlags(rest));

    let heredocs: Heredoc[] | undefined;
    if (HEREDOC_KEYWORDS.has(keyword) && rest.includes('<<') && !rest.startsWith('[')) {
      for (const m of rest.matchAll(HEREDOC)) {
        const chomp = m[1] === '-';
        const name = m[3] ?? '';
        const body: string[] = [];
        let closed = false;
        while (i < lines.length) {
          const line = lines[i] ?? '';
          i++;
          if ((chomp ? line.replace(/^\t+/, '') : line) === name) {
            closed = true;
            break;
          }
          body.push(chomp ? line.replace(/^\t+/, '') : line);
        }
        if (!closed) {
          throw parseError(
            file,
            startLine,
            `heredoc <<${name} is never closed`,
            `End it with a line holding only '${name}'.`,
          );
        }
        (heredocs ??= []).push({ name, body: body.length ? `${body.join('\n')}\n` : '', chomp });
      }
    }

    const instruction: Instruction = {
      keyword,
      line: startLine,
      endLine: i,
      original: joined,
      flags,
      args: rest,
    };
    const json = heredocs ? undefined : parseJsonArray(rest);
    if (json) instruction.json = json;
    if (heredocs) instruction.heredocs = heredocs;
    instructions.push(instruction);
  }

  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter(Boolean);
      if (words.length !== 1 && !(words.length === 3 && words[1]?.toUpperCase() === 'AS')) {
        throw parseError(
          file,
          instruction.line,
          `FROM expects 'image [AS name]', got '${instruction.args}'`,
          'Write e.g. FROM alpine:3.20 AS build.',
        );
      }
      const stage: Stage = { index: stages.length, from: instruction, instructions: [] };
      const name = words[2]?.toLowerCase();
      if (name !== undefined) {
        if (!/^[a-z][a-z0-9-_.]*$/.test(name)) {
          throw parseError(
            file,
            instruction.line,
            `invalid stage name '${words[2]}'`,
            'Stage names start with a letter and hold letters, digits, -, _ and . only.',
          );
        }
        if (stages.some((s) => s.name === name)) {
          throw parseError(
            file,
            instruction.line,
            `duplicate stage name '${name}'`,
            'Give each stage its own name.',
          );
        }
        stage.name = name;
      }
      stages.push(stage);
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) {
      if (instruction.keyword !== 'ARG') {
        throw parseError(
          file,
          instruction.line,
          `${instruction.keyword} before the first FROM`,
          'Only ARG may come before FROM; start the build stage with FROM.',
        );
      }
      globalArgs.push(instruction);
      continue;
    }
    stage.instructions.push(instruction);
  }
  if (stages.length === 0) {
    throw parseError(
      file,
      Math.max(1, lines.length),
      'no FROM instruction',
      'A Dockerfile starts its build stage with FROM (FROM scratch for an empty base).',
    );
  }
  return { directives, escape, globalArgs, stages, instructions };
}

/** The image and optional stage name of a FROM instruction (before variable substitution). */
export function fromParts(from: Instruction): { image: string; name?: string } {
  const words = from.args.split(/\s+/).filter(Boolean);
  const result: { image: string; name?: string } = { image: words[0] ?? '' };
  if (words[2] !== undefined) result.name = words[2].toLowerCase();
  return result;
}

/** Finds the stage a `--target` names (or the last stage), throwing a usage error when unknown. */
export function targetStage(dockerfile: Dockerfile, target: string | undefined): Stage {
  if (target === undefined || target === '') {
    const last = dockerfile.stages[dockerfile.stages.length - 1];
    if (!last)
      throw new FerryError('Dockerfile has no stage. Add a FROM line.', { code: 'BUILD', usage: true });
    return last;
  }
  const stage = dockerfile.stages.find((s) => s.name === target.toLowerCase());
  if (!stage) {
    const names = dockerfile.stages.map((s) => s.name).filter((n): n is string => n !== undefined);
    throw new FerryError(
      `Build target '${target}' not found in the Dockerfile: the stages are ${names.length ? names.join(', ') : '(none named)'}. Set target to one of them.`,
      { code: 'BUILD', usage: true },
    );
  }
  return stage;
}

/** A stage a `COPY --from=` or `FROM` names: by name or by index, else undefined (an image). */
export function findStage(dockerfile: Dockerfile, ref: string, before: number): Stage | undefined {
  const lower = ref.toLowerCase();
  const byName = dockerfile.stages.find((s) => s.name === lower && s.index < before);
  if (byName) return byName;
  if (/^\d+$/.test(ref)) {
    const index = Number(ref);
    if (index < before) return dockerfile.stages[index];
  }
  return undefined;
}

/** The stages a target needs, in build order: itself, its FROM stages and `COPY --from` stages. */
export function neededStages(dockerfile: Dockerfile, target: Stage): Stage[] {
  const needed = new Set<number>();
  const visit = (stage: Stage): void => {
    if (needed.has(stage.index)) return;
    needed.add(stage.index);
    const base = findStage(dockerfile, fromParts(stage.from).image, stage.index);
    if (base) visit(base);
    for (const instruction of stage.instructions) {
      const from = instruction.flags.from;
      if ((instruction.keyword === 'COPY' || instruction.keyword === 'RUN') && from !== undefined) {
        const source = findStage(dockerfile, from, stage.index);
        if (source) visit(source);
      }
    }
  };
  visit(target);
  return dockerfile.stages.filter((s) => needed.has(s.index));
}
