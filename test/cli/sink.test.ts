// The `ferry` command's log sink: which stream each level reaches and in which voice.
import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import { createCliSink } from '../../lib/cli/sink';
import { createLogger } from '../../lib/log';

function streams(): { out: PassThrough; err: PassThrough; text: (s: PassThrough) => string } {
  const out = new PassThrough();
  const err = new PassThrough();
  return { out, err, text: (s) => String(s.read() ?? '') };
}

test('progress on stdout; debug, warnings and errors on stderr, so --json --verbose keeps stdout one document', () => {
  const { out, err, text } = streams();
  const log = createLogger({ sink: createCliSink({ command: 'copy', out, err }), debug: true });
  log.info('copied 3 blobs');
  log.debug('GET http://127.0.0.1:5000/v2/ -> 200');
  log.warn('a warning', { file: '.pipeline/config.yml', line: 4 });
  log.error('it failed');
  expect(text(out)).toBe('copied 3 blobs\n');
  expect(text(err)).toBe(
    [
      'debug: GET http://127.0.0.1:5000/v2/ -> 200',
      'ferry: copy: warning: .pipeline/config.yml:4: a warning',
      'ferry: copy: error: it failed',
      '',
    ].join('\n'),
  );
});
