// The Action's log back end: one group level (GitHub cannot nest groups), warnings and errors as
// annotations naming the file relative to the repository and the line, secrets masked first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActionSink } from '../../lib/action/sink';
import { createLogger } from '../../lib/log';

describe('the Action log sink', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const lines = (): string[] => written.join('').split('\n').filter(Boolean);

  it('opens one group per step and prints phases inside it as plain lines', async () => {
    const log = createLogger({ sink: createActionSink({ repository: '/repo', workingDirectory: '/repo' }) });
    await log.group('Build: build', async () => {
      log.info('resolving');
      await log.group('native build team/app', async () => {
        await log.group('push', async () => log.info('pushed'));
      });
      log.info('after');
    });
    await log.group('Build: imagePushToRegistry', async () => log.info('copying'));
    expect(lines()).toEqual([
      '::group::Build: build',
      'resolving',
      'native build team/app',
      'push',
      'pushed',
      'after',
      '::endgroup::',
      '::group::Build: imagePushToRegistry',
      'copying',
      '::endgroup::',
    ]);
  });

  it('annotates warnings and errors with file (relative to the repository), line and key', () => {
    const log = createLogger({
      sink: createActionSink({ repository: '/repo', workingDirectory: '/repo/services/api' }),
    });
    log.addSecret('s3cr3t-value');
    log.warn('steps.build.containerImageNmae is not a parameter of build. Did you mean containerImageName?', {
      file: '.pipeline/config.yml',
      line: 7,
      key: 'containerImageNmae',
    });
    log.error('wrong type: s3cr3t-value', { file: '/repo/services/api/.pipeline/config.yml', line: 3 });
    log.warn('no position');
    log.error('outside the repository', { file: '/etc/ferry.yml' });
    expect(lines()).toContain('::add-mask::s3cr3t-value');
    expect(lines().filter((l) => !l.startsWith('::add-mask::'))).toEqual([
      '::warning title=containerImageNmae,file=services/api/.pipeline/config.yml,line=7::steps.build.containerImageNmae is not a parameter of build. Did you mean containerImageName?',
      '::error file=services/api/.pipeline/config.yml,line=3::wrong type: ***',
      '::warning::no position',
      '::error file=/etc/ferry.yml::outside the repository',
    ]);
  });
});
