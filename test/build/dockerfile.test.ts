// Dockerfile parser and word processing: table tests against what Docker's frontend does.
import { describe, expect, test } from 'vitest';
import {
  neededStages,
  parseDockerfile,
  processKeyValues,
  processWord,
  processWords,
  targetStage,
} from '../../lib/build/dockerfile';
import { FerryError } from '../../lib/util/errors';

describe('parseDockerfile', () => {
  test('instructions with line numbers, continuations and comments', () => {
    const df = parseDockerfile(
      [
        '# a comment',
        'FROM scratch',
        '',
        'COPY a \\',
        '  # comment inside a continuation',
        '  b /dst/',
        'ENV A=1 \\',
        '    B=2',
        'cmd ["/app", "--flag"]',
      ].join('\n'),
    );
    expect(df.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ['FROM', 2, 2],
      ['COPY', 4, 6],
      ['ENV', 7, 8],
      ['CMD', 9, 9],
    ]);
    expect(df.instructions[1]?.args).toBe('a   b /dst/');
    expect(df.instructions[3]?.json).toEqual(['/app', '--flag']);
  });

  test('parser directives: syntax and escape', () => {
    const df = parseDockerfile(
      ['# syntax=docker/dockerfile:1', '# escape=`', 'FROM scratch', 'COPY a `', '  /b'].join('\n'),
    );
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`' });
    expect(df.escape).toBe('`');
    expect(df.instructions[1]?.args).toBe('a   /b');
  });

  test('a directive after an instruction is a comment', () => {
    const df = parseDockerfile(['FROM scratch', '# escape=`', 'COPY a \\', ' b'].join('\n'));
    expect(df.directives).toEqual({});
    expect(df.escape).toBe('\\');
  });

  test('flags, JSON and shell form', () => {
    const df = parseDockerfile(
      [
        'FROM --platform=linux/amd64 alpine:3 AS base',
        'COPY --from=base --chown=1:2 --chmod=0755 /x /y',
        'ADD --link ["a b", "/c/"]',
        'ENTRYPOINT /bin/app --x',
        'CMD [not json',
      ].join('\n'),
    );
    const [from, copy, add, entry, cmd] = df.instructions;
    expect(from?.flags).toEqual({ platform: 'linux/amd64' });
    expect(df.stages[0]?.name).toBe('base');
    expect(copy?.flags).toEqual({ from: 'base', chown: '1:2', chmod: '0755' });
    expect(copy?.args).toBe('/x /y');
    expect(add?.flags).toEqual({ link: 'true' });
    expect(add?.json).toEqual(['a b', '/c/']);
    expect(entry?.json).toBeUndefined();
    expect(entry?.args).toBe('/bin/app --x');
    expect(cmd?.json).toBeUndefined();
  });

  test('ARG before FROM and stages', () => {
    const df = parseDockerfile(
      ['ARG BASE=scratch', 'FROM ${BASE} AS one', 'COPY a /a', 'FROM one', 'COPY b /b'].join('\n'),
    );
    expect(df.globalArgs.map((i) => i.args)).toEqual(['BASE=scratch']);
    expect(df.stages.map((s) => [s.name, s.instructions.length])).toEqual([
      ['one', 1],
      [undefined, 1],
    ]);
  });

  test('heredocs are read to their end marker', () => {
    const df = parseDockerfile(
      [
        'FROM scratch',
        'COPY <<EOF /hello.txt',
        'hello',
        'EOF',
        'RUN <<-"X"',
        '\techo hi',
        '\tX',
        'CMD ["x"]',
      ].join('\n'),
    );
    expect(df.instructions.map((i) => i.keyword)).toEqual(['FROM', 'COPY', 'RUN', 'CMD']);
    expect(df.instructions[1]?.heredocs).toEqual([{ name: 'EOF', body: 'hello\n', chomp: false }]);
    expect(df.instructions[2]?.heredocs?.[0]?.body).toBe('echo hi\n');
    expect(df.instructions[3]?.line).toBe(8);
  });

  test('<< that is not a heredoc marker is left alone', () => {
    const df = parseDockerfile(['FROM scratch', 'RUN echo $((1<<2)) "a << b"', 'CMD ["x"]'].join('\n'));
    expect(df.instructions.map((i) => [i.keyword, i.line, i.heredocs])).toEqual([
      ['FROM', 1, undefined],
      ['RUN', 2, undefined],
      ['CMD', 3, undefined],
    ]);
  });

  test.each([
    ['unknown instruction', 'FROM scratch\nCOPPY a b', /line 2: unknown instruction 'COPPY'/],
    ['instruction before FROM', 'ENV A=1\nFROM scratch', /line 1: ENV before the first FROM/],
    ['no FROM', '# nothing\nARG X', /no FROM instruction/],
    ['bad escape', '# escape=x\nFROM scratch', /invalid escape directive/],
    ['duplicate stage', 'FROM scratch AS a\nFROM scratch AS a', /line 2: duplicate stage name 'a'/],
    ['unclosed heredoc', 'FROM scratch\nCOPY <<EOF /x\nhello', /line 2: heredoc <<EOF is never closed/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseDockerfile(text)).toThrow(message);
    try {
      parseDockerfile(text);
    } catch (error) {
      expect(error).toBeInstanceOf(FerryError);
      expect(error).toMatchObject({ code: 'BUILD' });
    }
  });

  test('target and needed stages', () => {
    const df = parseDockerfile(
      [
        'FROM scratch AS a',
        'COPY x /x',
        'FROM scratch AS b',
        'COPY y /y',
        'FROM scratch AS c',
        'COPY --from=a /x /x',
      ].join('\n'),
    );
    expect(neededStages(df, targetStage(df, undefined)).map((s) => s.name)).toEqual(['a', 'c']);
    expect(neededStages(df, targetStage(df, 'b')).map((s) => s.name)).toEqual(['b']);
    expect(() => targetStage(df, 'nope')).toThrow(/target 'nope' not found.*a, b, c/);
  });
});

describe('word processing', () => {
  const vars = new Map([
    ['A', 'one'],
    ['EMPTY', ''],
    ['SP', 'x y'],
  ]);
  test.each([
    ['$A', 'one'],
    ['${A}', 'one'],
    ['pre-${A}-post', 'pre-one-post'],
    ['${UNSET}', ''],
    ['${UNSET:-def}', 'def'],
    ['${EMPTY:-def}', 'def'],
    ['${EMPTY-def}', ''],
    ['${A:-def}', 'one'],
    ['${A:+alt}', 'alt'],
    ['${UNSET:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET:-${A}}', 'one'],
    ["'$A'", '$A'],
    ['"$A"', 'one'],
    ['\\$A', '$A'],
    ['"a\\"b"', 'a"b'],
    ['$', '$'],
    ['$1x', '$1x'],
  ])('processWord(%s) = %s', (input, expected) => {
    expect(processWord(input, vars)).toBe(expected);
  });

  test('words split on unquoted whitespace, including expansions', () => {
    expect(processWords('a "b c" $SP \'d e\'', vars)).toEqual(['a', 'b c', 'x', 'y', 'd e']);
    expect(processWords('"$SP"', vars)).toEqual(['x y']);
    expect(processWords('""', vars)).toEqual(['']);
  });

  test('backtick escape', () => {
    expect(processWord('`$A', vars, '`')).toBe('$A');
  });

  test('${VAR:?message} fails when unset', () => {
    expect(() => processWord('${UNSET:?is required}', vars)).toThrow(/UNSET: is required/);
  });

  test('key=value pairs and the legacy ENV form', () => {
    expect(processKeyValues('a=1 "b c"="d e" f=$A g', vars)).toEqual([
      ['a', '1'],
      ['b c', 'd e'],
      ['f', 'one'],
      ['g', undefined],
    ]);
    expect(processKeyValues('KEY some value $A', vars, '\\', { legacy: true })).toEqual([
      ['KEY', 'some value one'],
    ]);
    expect(processKeyValues('k="a b"\\ c', vars)).toEqual([['k', 'a b c']]);
  });
});
