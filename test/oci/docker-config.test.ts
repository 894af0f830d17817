// The one Docker config.json reader: what it accepts (auths, credHelpers, credsStore, keys it does not
// use), what it refuses (one CONFIG error naming the key, never quoting a value), how `auth` decodes,
// and that every credential in the file is registered as a secret.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SecretRegistry } from '../../lib/log';
import {
  decodeDockerAuth,
  parseDockerConfig,
  readDockerConfig,
  registerDockerConfigSecrets,
} from '../../lib/oci/auth/docker-config';
import { FerryError } from '../../lib/util/errors';

const SECRET = 'sEcr3t-in-the-file';
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('parseDockerConfig', () => {
  test('auths, credHelpers and credsStore are read; other keys are kept in content', () => {
    const json = {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hub:pw'), email: 'old@example.com' },
        'r.io:5000': { username: 'u', password: 'p', identitytoken: '' },
        'id.io': { identitytoken: 'refresh' },
      },
      credHelpers: { 'gcr.io': 'gcloud', 'empty.io': '' },
      credsStore: 'desktop',
      HttpHeaders: { 'User-Agent': 'x' },
    };
    const config = parseDockerConfig('/c.json', JSON.stringify(json));
    expect(config.path).toBe('/c.json');
    expect(Object.fromEntries(config.auths)).toEqual({
      'https://index.docker.io/v1/': { auth: b64('hub:pw') },
      'r.io:5000': { username: 'u', password: 'p' },
      'id.io': { identitytoken: 'refresh' },
    });
    expect(Object.fromEntries(config.credHelpers)).toEqual({ 'gcr.io': 'gcloud' });
    expect(config.credsStore).toBe('desktop');
    expect(config.content).toEqual(json);
  });

  test.each([
    ['an empty file', ''],
    ['whitespace only', ' \n'],
    ['an empty object', '{}'],
    ['null sections', '{"auths": null, "credHelpers": null, "credsStore": null}'],
  ])('%s is an empty config', (_name, text) => {
    const config = parseDockerConfig('/c.json', text);
    expect(config.auths.size + config.credHelpers.size).toBe(0);
    expect(config.credsStore).toBeUndefined();
  });

  test.each([
    ['broken JSON', `{"auths": {"r.io": {"auth": "${SECRET}"}`, 'is not valid JSON'],
    ['a list', `["${SECRET}"]`, 'is a list, not a JSON object'],
    ['a string', `"${SECRET}"`, 'is a string, not a JSON object'],
    ['auths as a list', `{"auths": ["${SECRET}"]}`, "has 'auths' as a list, not an object"],
    [
      'an entry as a string',
      `{"auths": {"r.io": "${SECRET}"}}`,
      "has 'auths' entry 'r.io' as a string, not an object",
    ],
    [
      'a password as a number',
      `{"auths": {"r.io": {"username": "${SECRET}", "password": 1234}}}`,
      "has 'password' of 'auths' entry 'r.io' as a number, not a string",
    ],
    [
      'credHelpers as a string',
      `{"credHelpers": "${SECRET}"}`,
      "has 'credHelpers' as a string, not an object",
    ],
    [
      'a helper as an object',
      '{"credHelpers": {"r.io": {}}}',
      "has 'credHelpers' entry 'r.io' as an object, not a helper name",
    ],
    ['credsStore as a number', '{"credsStore": 7}', "has 'credsStore' as a number, not a helper name"],
  ])('%s: one CONFIG error naming the key, without the content', (_name, text, problem) => {
    let error: unknown;
    try {
      parseDockerConfig('/c.json', text, { subject: 'aStep: dockerConfigJSON', fix: 'Point it elsewhere.' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).code).toBe('CONFIG');
    expect((error as FerryError).usage).toBe(true);
    expect((error as FerryError).message).toBe(`aStep: dockerConfigJSON ${problem}. Point it elsewhere.`);
    expect((error as FerryError).message).not.toContain(SECRET);
  });

  test('the default wording names the file', () => {
    expect(() => parseDockerConfig('/home/u/.docker/config.json', '[]')).toThrow(
      'The registry credentials file /home/u/.docker/config.json is a list, not a JSON object. Fix or remove the file.',
    );
  });
});

describe('decodeDockerAuth', () => {
  test.each([
    [b64('user:pass'), { username: 'user', password: 'pass' }],
    [b64('user:pa:ss'), { username: 'user', password: 'pa:ss' }],
    [b64('user:'), { username: 'user', password: '' }],
    [b64('user:pass\0\0'), { username: 'user', password: 'pass' }],
    [` ${b64('user:pass')}\n`, { username: 'user', password: 'pass' }],
  ])('%j decodes', (auth, expected) => {
    expect(decodeDockerAuth(auth)).toEqual(expected);
  });

  test.each([[b64('no-colon')], [b64(':no-user')], ['not base64!'], ['abcde']])('%j is malformed', (auth) => {
    expect(decodeDockerAuth(auth)).toBeUndefined();
  });
});

describe('readDockerConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-docker-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a missing file is no config when optional, a PATH error otherwise', async () => {
    const missing = join(dir, 'missing.json');
    expect(await readDockerConfig(missing, { optional: true })).toBeUndefined();
    const error: unknown = await readDockerConfig(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).code).toBe('PATH');
    expect((error as FerryError).message).toBe(
      `The registry credentials file ${missing} does not exist. Fix or remove the file.`,
    );
  });

  test('a directory is refused even when optional', async () => {
    await expect(readDockerConfig(dir, { optional: true })).rejects.toThrow('is a directory, not a file');
  });

  test('a file is read and checked', async () => {
    const file = join(dir, 'config.json');
    await writeFile(file, JSON.stringify({ auths: { 'r.io': { auth: b64('u:p') } } }));
    const config = await readDockerConfig(file);
    expect(config.auths.get('r.io')).toEqual({ auth: b64('u:p') });
  });
});

test('registerDockerConfigSecrets registers every credential and its derived forms', () => {
  const config = parseDockerConfig(
    '/c.json',
    JSON.stringify({
      auths: {
        a: { auth: b64('ua:pw-from-auth') },
        b: { username: 'ub', password: 'pw-plain' },
        c: { identitytoken: 'id-token-1' },
        d: { registrytoken: 'reg-token-2' },
      },
    }),
  );
  const secrets = new SecretRegistry();
  registerDockerConfigSecrets(config, secrets);
  for (const value of [
    b64('ua:pw-from-auth'),
    'pw-from-auth',
    'pw-plain',
    b64('ub:pw-plain'),
    'id-token-1',
    'reg-token-2',
  ])
    expect(secrets.has(value)).toBe(true);
  expect(secrets.has('ua')).toBe(false);
});
