// Masking: a registered secret never reaches a sink, in any of the forms it is commonly printed in.
import { describe, expect, it } from 'vitest';
import { createLogger, createMemorySink, SecretRegistry } from '../../lib/log';

describe('logger masking', () => {
  it('masks the value, each line, base64 and URL-encoded forms', () => {
    const sink = createMemorySink();
    const log = createLogger({ sink, debug: true });
    log.addSecret('line-one-secret\nline-two-secret');
    log.addSecret('p@ss word/1');
    log.info('raw line-one-secret and line-two-secret');
    log.debug(
      `b64 ${Buffer.from('p@ss word/1').toString('base64')} url ${encodeURIComponent('p@ss word/1')}`,
    );
    log.warn('plain p@ss word/1');
    const text = sink.text();
    expect(text).not.toContain('secret');
    expect(text).not.toContain('p@ss');
    expect(text).not.toContain(Buffer.from('p@ss word/1').toString('base64'));
    expect(text.match(/\*\*\*/g)?.length).toBe(5);
  });

  it('masks basic-auth derivations and tells the sink about every form', () => {
    const told: string[] = [];
    const sink = { ...createMemorySink(), registerSecret: (v: string) => told.push(v) };
    const log = createLogger({ sink });
    log.secrets.addBasicAuth('robot', 'hunter22');
    const header = Buffer.from('robot:hunter22').toString('base64');
    log.info(`Authorization: Basic ${header}`);
    expect(sink.text()).toBe('Authorization: Basic ***');
    expect(told).toContain(header);
  });

  it('ignores empty values and masks longer secrets first', () => {
    const secrets = new SecretRegistry();
    secrets.add('');
    secrets.add(undefined);
    expect(secrets.size).toBe(0);
    secrets.add('abc');
    secrets.add('abcdef');
    expect(secrets.mask('xabcdefx abc')).toBe('x***x ***');
  });
});
