// The exec chokepoint (lib/util/exec.ts) with real programs: output captured, input on stdin, failures
// typed, and a run's AbortSignal stopping a program that would run forever.
import { describe, expect, test } from 'vitest';
import { createLogger } from '../../lib/log';
import { exec } from '../../lib/util/exec';
import { CancelledError, FerryError } from '../../lib/util/errors';

const node = process.execPath;

describe('exec', () => {
  test('captures stdout and stderr and passes input on stdin', async () => {
    const result = await exec(
      node,
      ['-e', 'process.stdin.pipe(process.stdout); process.stderr.write("to stderr ✓")'],
      { input: 'from stdin ✓' },
    );
    expect(result).toEqual({ exitCode: 0, stdout: 'from stdin ✓', stderr: 'to stderr ✓' });
  });

  test('adds env to the inherited environment', async () => {
    const result = await exec(
      node,
      ['-e', 'process.stdout.write(process.env.FERRY_EXEC_TEST + ":" + typeof process.env.PATH)'],
      {
        env: { FERRY_EXEC_TEST: 'set' },
      },
    );
    expect(result.stdout).toBe('set:string');
  });

  test('an environment handed in replaces the inherited one; env is added on top', async () => {
    const script =
      'process.stdout.write([process.env.FERRY_EXEC_BASE, process.env.FERRY_EXEC_TEST, typeof process.env.HOME].join(":"))';
    const result = await exec(node, ['-e', script], {
      environment: { FERRY_EXEC_BASE: 'base', FERRY_EXEC_TEST: 'overridden', HOME: undefined },
      env: { FERRY_EXEC_TEST: 'added' },
    });
    expect(result.stdout).toBe('base:added:undefined');
  });

  test('a non-zero exit throws with the last lines of output, unless allowFailure', async () => {
    const script = 'console.error("first\\nreason it failed"); process.exit(3)';
    await expect(exec(node, ['-e', script])).rejects.toThrow(/exited with code 3: first\nreason it failed/);
    expect((await exec(node, ['-e', script], { allowFailure: true })).exitCode).toBe(3);
  });

  test('a program that is not installed is a NOT_FOUND error saying so', async () => {
    const error: unknown = await exec('ferry-no-such-program', []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).code).toBe('NOT_FOUND');
    expect((error as Error).message).toMatch(/Is ferry-no-such-program installed and on PATH\?/);
  });

  test('an abort stops a running program and rejects with the reason', async () => {
    const controller = new AbortController();
    // The program says it started, then runs until it is killed.
    const running = exec(node, ['-e', 'console.log("started"); setInterval(() => {}, 1000)'], {
      signal: controller.signal,
      stream: true,
      log: createLogger({
        debug: true,
        sink: {
          write: (_level, text) => {
            if (text.endsWith('started')) controller.abort(new CancelledError('Cancelled by SIGINT.'));
          },
          startGroup: () => undefined,
          endGroup: () => undefined,
        },
      }),
    });
    await expect(running).rejects.toThrow('Cancelled by SIGINT.');
  });

  test('an already aborted signal starts nothing', async () => {
    const controller = new AbortController();
    controller.abort(new CancelledError('Cancelled by SIGTERM.'));
    await expect(exec(node, ['-e', ''], { signal: controller.signal })).rejects.toThrow(
      'Cancelled by SIGTERM.',
    );
  });
});
