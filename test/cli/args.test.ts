// The shared command-line parser: a closed option list gives every command the same usage wording.
import { describe, expect, it } from 'vitest';
import { enabled, parseArgs, single } from '../../lib/cli/args';
import { parseCopyArgs } from '../../lib/cli/commands/copy';
import { parseDemoArgs } from '../../lib/cli/commands/demo';
import { parseRegistryArgs } from '../../lib/cli/commands/registry';
import { parseSetImageArgs } from '../../lib/cli/commands/set-image';
import { UsageError } from '../../lib/util/errors';

const closed = { values: new Set(['tag', 'jobs']), booleans: new Set(['json', 'help']), command: 'copy' };

describe('parseArgs with a closed option list', () => {
  it('reads values, repeated values, switches and -h', () => {
    const parsed = parseArgs(['a', '--tag', 'x', '--tag=y', '--json', '-h', '--', '--z'], closed);
    expect(parsed.positionals).toEqual(['a', '--z']);
    expect(parsed.flags.get('tag')).toEqual(['x', 'y']);
    expect(enabled(parsed, 'json')).toBe(true);
    expect(enabled(parsed, 'help')).toBe(true);
    expect(enabled(parseArgs(['--json=false'], closed), 'json')).toBe(false);
  });

  it('names the command and suggests the nearest option for an unknown one', () => {
    expect(() => parseArgs(['--tga', 'x'], closed)).toThrow(
      "Unknown option '--tga'. Did you mean '--tag'? Run 'ferry copy --help'.",
    );
    expect(() => parseArgs(['-x'], closed)).toThrow("Unknown option '-x'. Run 'ferry copy --help'.");
  });

  it('rejects a missing or empty value, a value on a switch, and a repeated single option', () => {
    expect(() => parseArgs(['--tag'], closed)).toThrow('Option --tag needs a value');
    expect(() => parseArgs(['--tag='], closed)).toThrow('Option --tag needs a value');
    expect(() => parseArgs(['--json=yes'], closed)).toThrow('Option --json takes no value');
    expect(() => single(parseArgs(['--jobs', '1', '--jobs', '2'], closed), 'jobs')).toThrow(
      'Option --jobs was given 2 times',
    );
  });

  it('leaves an open option list as it was: unknown options are flags, -x a positional', () => {
    const parsed = parseArgs(['--anything', 'v', '-x']);
    expect(parsed.flags.get('anything')).toEqual(['v']);
    expect(parsed.positionals).toEqual(['-x']);
  });
});

describe('the commands share its wording', () => {
  it.each([
    ['copy', () => parseCopyArgs(['a', 'b', '--tga', 'x'])],
    ['set-image', () => parseSetImageArgs(['f.yaml', '--imgae', 'x'])],
    ['demo', () => parseDemoArgs(['--kep'])],
  ])('ferry %s names itself and the near option', (command, parse) => {
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(
      new RegExp(`^Unknown option '--\\w+'\\. Did you mean '--\\w+'\\? Run 'ferry ${command} --help'\\.$`),
    );
  });

  it('ferry registry serve shares it too, with the suggestion', () => {
    expect(() => parseRegistryArgs(['serve', '--adr', 'x'], {})).toThrow(
      "Unknown option '--adr'. Did you mean '--addr'? Run 'ferry registry serve --help'.",
    );
  });

  it('takes an empty value only where the caller allows one', () => {
    const options = { ...closed, emptyValues: new Set(['tag']) };
    expect(parseArgs(['--tag='], options).flags.get('tag')).toEqual(['']);
    expect(parseArgs(['--tag', ''], options).flags.get('tag')).toEqual(['']);
    expect(() => parseArgs(['--jobs='], options)).toThrow('Option --jobs needs a value');
  });
});
