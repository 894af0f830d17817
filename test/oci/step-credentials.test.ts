// Step credential parameters: a user/password pair is both or neither, dockerConfigJSON is read once
// with the one Docker config reader and must be a readable config; the keychain takes what was read,
// without reading the file again.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createMemorySink } from '../../lib/log';
import { createKeychain, credentialPair, readDockerConfigFile } from '../../lib/oci/auth';

const SECRET = 'Pa55-w0rd-in-config';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ferry-step-creds-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('credentialPair', () => {
  const names = { userParam: 'aUser', passwordParam: 'aPassword', step: 'someStep' };

  it('returns both, or nothing for neither', () => {
    const log = createLogger({ sink: createMemorySink() });
    expect(credentialPair({ ...names, user: 'u', password: 'p', log })).toEqual({
      username: 'u',
      password: 'p',
    });
    expect(credentialPair({ ...names, user: '', password: undefined, log })).toBeUndefined();
  });

  it('refuses half a pair in the step own words, naming the one given', () => {
    const log = createLogger({ sink: createMemorySink() });
    expect(() => credentialPair({ ...names, user: undefined, password: SECRET, log })).toThrow(
      'someStep: aUser and aPassword go together, but only aPassword is set. Set both, or neither to use dockerConfigJSON.',
    );
  });

  it('or ignores it with a warning saying what happens instead, the password masked', () => {
    const sink = createMemorySink();
    const log = createLogger({ sink });
    const half = { ...names, user: undefined, password: SECRET, log, ignoreHalf: 'reading anonymously' };
    expect(credentialPair(half)).toBeUndefined();
    log.info(`echo ${SECRET}`);
    expect(sink.text()).toContain(
      'someStep: only aPassword is set, so it is not used; reading anonymously. Set both aUser and aPassword to log in.',
    );
    expect(sink.text()).not.toContain(SECRET);
  });
});

describe('readDockerConfigFile', () => {
  it('reads the file relative to the workspace, and the keychain uses that content', async () => {
    const auth = Buffer.from(`robot:${SECRET}`).toString('base64');
    await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { 'registry.test:5000': { auth } } }));
    const config = await readDockerConfigFile('config.json', { workspace: dir, step: 'someStep' });
    expect(config.path).toBe(join(dir, 'config.json'));
    // The file is gone: a credential found now comes from the content read above, not a second read.
    await rm(join(dir, 'config.json'));
    const keychain = createKeychain({ dockerConfigs: [config] });
    expect(await keychain.resolve('registry.test:5000')).toEqual({ username: 'robot', password: SECRET });
  });

  it('refuses a missing file and a file that is not a JSON object, naming the file, never quoting it', async () => {
    const options = { workspace: dir, step: 'someStep' };
    await expect(readDockerConfigFile('missing.json', options)).rejects.toThrow(
      `someStep: dockerConfigJSON (${join(dir, 'missing.json')}) does not exist. Point it at a Docker config.json, or unset it.`,
    );
    await writeFile(join(dir, 'broken.json'), `{"auths": "${SECRET}`);
    const error: unknown = await readDockerConfigFile('broken.json', options).catch((e: unknown) => e);
    expect(String(error)).toContain(
      `someStep: dockerConfigJSON (${join(dir, 'broken.json')}) is not valid JSON.`,
    );
    expect(String(error)).not.toContain(SECRET);
    await writeFile(join(dir, 'list.json'), '[]');
    await expect(readDockerConfigFile('list.json', options)).rejects.toThrow(/is a list, not a JSON object/);
  });
});
