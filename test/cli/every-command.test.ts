// Walks every `ferry` command and subcommand as a user would: --help (stdout, exit 0), an unknown flag
// (one `ferry: <command>: …` line, exit 2, a did-you-mean for a near miss, JSON with --json), missing
// arguments, that each help lists exactly the options the command's parser takes, and that docs/cli.md
// documents exactly those options for each command.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedOptions, COMMON_SWITCHES, type CommandFlags, type ParseOptions } from '../../lib/cli/args';
import { COMMAND_NAMES } from '../../lib/cli/cli';
import { CONFIG_FLAGS } from '../../lib/cli/commands/config';
import { COPY_FLAGS } from '../../lib/cli/commands/copy';
import { DEMO_FLAGS } from '../../lib/cli/commands/demo';
import { ENV_FLAGS } from '../../lib/cli/commands/env';
import { REGISTRY_SERVE_FLAGS } from '../../lib/cli/commands/registry';
import { RUN_FLAGS } from '../../lib/cli/commands/run';
import { SET_IMAGE_FLAGS } from '../../lib/cli/commands/set-image';
import { STAGES_FLAGS } from '../../lib/cli/commands/stages';
import { stepParseOptions } from '../../lib/cli/step-flags';
import { catalog } from '../../steps';
import { ferry } from '../helpers/cli';

interface Invocation {
  /** The words before the options, e.g. ['env', 'get']. */
  argv: string[];
  /** How the voice names it: `ferry: <label>: …`. */
  label: string;
  flags: CommandFlags;
  /** The options its parser takes. */
  parse: ParseOptions;
}

const simple = (argv: string[], flags: CommandFlags): Invocation => ({
  argv,
  label: argv.join(' '),
  flags,
  parse: closedOptions(flags, argv.join(' ')),
});

const INVOCATIONS: Invocation[] = [
  {
    argv: ['run'],
    label: 'run',
    flags: RUN_FLAGS,
    parse: stepParseOptions(catalog.list(), RUN_FLAGS, 'run'),
  },
  ...catalog.list().map((step) => ({
    argv: ['run', step.name],
    label: 'run',
    flags: RUN_FLAGS,
    parse: stepParseOptions([step], RUN_FLAGS, `run ${step.name}`),
  })),
  {
    argv: ['config'],
    label: 'config',
    flags: CONFIG_FLAGS,
    parse: stepParseOptions(catalog.list(), CONFIG_FLAGS, 'config'),
  },
  ...catalog.list().map((step) => ({
    argv: ['config', step.name],
    label: 'config',
    flags: CONFIG_FLAGS,
    parse: stepParseOptions([step], CONFIG_FLAGS, `config ${step.name}`),
  })),
  simple(['stages'], STAGES_FLAGS),
  simple(['env', 'get'], ENV_FLAGS.get),
  simple(['env', 'export'], ENV_FLAGS.export),
  simple(['env', 'import'], ENV_FLAGS.import),
  simple(['copy'], COPY_FLAGS),
  simple(['set-image'], SET_IMAGE_FLAGS),
  simple(['registry', 'serve'], REGISTRY_SERVE_FLAGS),
  simple(['demo'], DEMO_FLAGS),
];

/** `ferry env --bogus`, `ferry registry --bogus`: the option comes where a subcommand belongs. */
const PARENTS = [['env'], ['registry']];

/**
 * The options a help text offers for `argv`: those in its usage lines for this command and those that
 * open an option line (`  --tag TAG   …`, `  -h, --help`). Prose may name other tools' flags.
 */
function offered(help: string, argv: readonly string[]): Set<string> {
  const names = new Set<string>();
  const tokens = (text: string): string[] => [...text.matchAll(/--([A-Za-z][\w-]*)/g)].map((m) => m[1] ?? '');
  for (const line of help.split('\n')) {
    const usage = /^\s*(?:Usage:\s*)?ferry (\S+)(?: (\S+))?/.exec(line);
    if (usage) {
      const [, command, second = ''] = usage;
      const mine =
        command === argv[0] &&
        (argv.length === 1 ||
          second === argv[1] ||
          second.startsWith('-') ||
          second === second.toUpperCase());
      if (mine) for (const name of tokens(line)) names.add(name);
      continue;
    }
    const option = /^\s+(?:-\w, )?--([A-Za-z][\w-]*)/.exec(line);
    if (option?.[1]) names.add(option[1]);
  }
  for (const name of names) if (name === name.toUpperCase()) names.delete(name); // --PARAM
  return names;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'ferry-every-command-'));
});
afterAll(async () => {
  if (cwd) await rm(cwd, { recursive: true, force: true });
});

describe('every ferry command', () => {
  it('is walked here', () => {
    expect(new Set(INVOCATIONS.map((i) => i.argv[0]))).toEqual(new Set(COMMAND_NAMES));
  });

  it.each(INVOCATIONS.map((i) => [i.argv.join(' '), i] as const))(
    'ferry %s --help prints its help on stdout, exit 0, naming exactly the options it takes',
    async (_name, invocation) => {
      const result = await ferry([...invocation.argv, '--help'], { cwd });
      expect(result.code, result.all).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^Usage/);
      const listed = offered(result.stdout, invocation.argv);
      for (const flag of [...invocation.flags.values, ...invocation.flags.booleans])
        expect(listed, `--${flag} is missing from the help`).toContain(flag);
      const accepted = new Set([...(invocation.parse.values ?? []), ...(invocation.parse.booleans ?? [])]);
      for (const flag of listed)
        expect(accepted, `the help lists --${flag}, which the parser rejects`).toContain(flag);
      expect((await ferry([...invocation.argv, '-h'], { cwd })).stdout).toBe(result.stdout);
    },
  );

  it.each([...INVOCATIONS.map((i) => [i.argv.join(' '), i] as const)])(
    'ferry %s --bogus: one line in the voice, exit 2, and a help pointer that works',
    async (_name, invocation) => {
      const result = await ferry([...invocation.argv, '--bogus'], { cwd });
      expect(result.code, result.all).toBe(2);
      expect(result.stdout).toBe('');
      const line = new RegExp(
        `^ferry: ${escape(invocation.label)}: Unknown option '--bogus'\\. Run 'ferry ([\\w -]+) --help'\\.\\n$`,
      );
      expect(result.stderr).toMatch(line);
      const pointer = (line.exec(result.stderr)?.[1] ?? '').split(' ');
      expect(pointer).toEqual(invocation.argv);
      const json = await ferry([...invocation.argv, '--bogus', '--json'], { cwd });
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout)).toEqual({
        error: {
          command: invocation.label,
          message: result.stderr.slice(`ferry: ${invocation.label}: `.length).trim(),
          code: 'USAGE',
          exitCode: 2,
        },
      });
    },
  );

  it.each(
    INVOCATIONS.filter((i) => i.flags.values.length > 0 || i.flags.booleans.length > 0).map(
      (i) => [i.argv.join(' '), i] as const,
    ),
  )('ferry %s suggests the option meant by a near miss', async (_name, invocation) => {
    for (const flag of [...invocation.flags.values, ...invocation.flags.booleans]) {
      const typo = `--${flag.slice(0, -1)}`;
      const result = await ferry([...invocation.argv, typo], { cwd });
      expect(result.code, result.all).toBe(2);
      expect(result.stderr).toContain(`Unknown option '${typo}'. Did you mean '--${flag}'?`);
    }
  });

  it.each(PARENTS)('ferry %s --bogus names what belongs there, exit 2', async (parent) => {
    const result = await ferry([parent, '--bogus'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^ferry: ${parent}: Unknown option '--bogus': expected .*Run 'ferry ${parent} --help'\\.\\n$`,
      ),
    );
    const help = await ferry([parent, '--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage/);
    const bare = await ferry([parent], { cwd });
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toBe(help.stdout);
  });

  it.each([
    ['run'],
    ['config'],
    ['copy'],
    ['copy', 'only-source'],
    ['set-image'],
    ['env', 'get'],
    ['env', 'import'],
  ])(
    'ferry %s with arguments missing: one line saying what to add, exit 2 (JSON with --json)',
    async (...argv) => {
      const result = await ferry(argv, { cwd });
      expect(result.code, result.all).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        new RegExp(`^ferry: ${escape(argv[0] ?? '')}[\\w -]*: \\S.*--help'\\.\\n$`),
      );
      const json = await ferry([...argv, '--json'], { cwd });
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'USAGE', exitCode: 2 } });
    },
  );

  it('bare ferry prints the help on stderr, exit 2; asked, on stdout, exit 0', async () => {
    const bare = await ferry([], { cwd });
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    const asked = await ferry(['--help'], { cwd });
    expect(asked.code).toBe(0);
    expect(asked.stderr).toBe('');
    expect(bare.stderr).toBe(asked.stdout);
    for (const name of COMMAND_NAMES) expect(asked.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });
});

/** docs/cli.md, cut at its `## \`ferry …\`` headings: the options in each section's tables. */
async function documentedOptions(): Promise<Map<string, Set<string>>> {
  const text = await readFile(join(import.meta.dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
  const sections = new Map<string, Set<string>>();
  let current = new Set<string>();
  sections.set('', current);
  for (const line of text.split('\n')) {
    const heading = /^## `ferry ([^`]+)`$/.exec(line);
    if (heading?.[1]) {
      current = new Set();
      sections.set(heading[1], current);
      continue;
    }
    if (/^## /.test(line)) {
      current = sections.get('') ?? new Set();
      continue;
    }
    const cell = /^\| (`-[^|]*)\|/.exec(line)?.[1] ?? '';
    for (const m of cell.matchAll(/`(?:-\w, )?--([A-Za-z][\w-]*)/g)) current.add(m[1] ?? '');
    for (const m of cell.matchAll(/`--([A-Za-z][\w-]*)/g)) current.add(m[1] ?? '');
  }
  return sections;
}

describe('docs/cli.md', () => {
  const commands = INVOCATIONS.filter((i) => i.argv[0] !== 'run' && i.argv[0] !== 'config').concat(
    INVOCATIONS.filter((i) => i.argv.length === 1 && (i.argv[0] === 'run' || i.argv[0] === 'config')),
  );

  it('has a section for every command, and only for those', async () => {
    const documented = await documentedOptions();
    expect(new Set([...documented.keys()].filter((k) => k !== ''))).toEqual(
      new Set(commands.map((i) => i.argv.join(' '))),
    );
    expect(documented.get('')).toEqual(new Set(COMMON_SWITCHES));
  });

  it.each(commands.map((i) => [i.argv.join(' '), i] as const))(
    'documents exactly the options of ferry %s that its --help lists',
    async (name, invocation) => {
      const documented = (await documentedOptions()).get(name);
      const help = await ferry([...invocation.argv, '--help'], { cwd });
      const listed = offered(help.stdout, invocation.argv);
      for (const common of COMMON_SWITCHES) listed.delete(common);
      expect(documented).toEqual(listed);
      expect(documented).toEqual(new Set([...invocation.flags.values, ...invocation.flags.booleans]));
    },
  );
});
