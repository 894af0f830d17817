// The pipeline environment in Piper's layout: reading what Piper wrote, writing what Piper reads,
// JSON export without secrets, and clear errors for files that do not parse.
import { mkdtemp, mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENV_DIR, PipelineEnvironment } from '../../lib/env';
import { FerryError } from '../../lib/util/errors';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'ferry-env-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

async function writePiperFile(rel: string, content: string): Promise<void> {
  const file = join(workspace, ENV_DIR, rel);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, content);
}

describe('PipelineEnvironment', () => {
  it('reads a layout written by hand as Piper writes it', async () => {
    await writePiperFile('container/registryUrl', 'https://staging.example.com');
    await writePiperFile('container/imageNameTags.json', '["app:1.0.0","worker:1.0.0"]');
    await writePiperFile('artifactVersion', '1.0.0');
    await writePiperFile('custom/buildSettingsInfo', '{"kanikoExecute":[]}');
    const env = await PipelineEnvironment.load(workspace);
    expect(env.get('container/registryUrl')).toBe('https://staging.example.com');
    expect(env.get('container/imageNameTags')).toEqual(['app:1.0.0', 'worker:1.0.0']);
    expect(env.get('artifactVersion')).toBe('1.0.0');
    expect(env.getRaw('custom/buildSettingsInfo')).toBe('{"kanikoExecute":[]}');
  });

  it('writes strings as plain files and everything else as <name>.json', async () => {
    const env = new PipelineEnvironment();
    env.set('container/registryUrl', 'registry.example.com');
    env.set('container/imageNameTags', ['app:1']);
    env.set('container/images', [
      {
        registry: 'registry.example.com',
        repository: 'app',
        tags: ['1'],
        digest: 'sha256:' + 'a'.repeat(64),
      },
    ]);
    env.set('git/dirty', false);
    await env.save(workspace);
    const root = join(workspace, ENV_DIR);
    expect(await readFile(join(root, 'container/registryUrl'), 'utf8')).toBe('registry.example.com');
    expect(JSON.parse(await readFile(join(root, 'container/imageNameTags.json'), 'utf8'))).toEqual(['app:1']);
    expect(JSON.parse(await readFile(join(root, 'git/dirty.json'), 'utf8'))).toBe(false);
    expect((await readdir(join(root, 'container'))).sort()).toEqual([
      'imageNameTags.json',
      'images.json',
      'registryUrl',
    ]);
    const again = await PipelineEnvironment.load(workspace);
    expect(again.toJSON()).toEqual(env.toJSON());
  });

  it('keeps a value in the .json form it was read from and removes unset keys', async () => {
    await writePiperFile('artifactVersion.json', '"0.9"');
    const env = await PipelineEnvironment.load(workspace);
    expect(env.get('artifactVersion')).toBe('0.9');
    env.set('artifactVersion', '1.0');
    env.set('container/imageDigest', undefined);
    await env.save(workspace);
    const root = join(workspace, ENV_DIR);
    expect(await readdir(root)).toEqual(['artifactVersion.json']);
    expect(await readFile(join(root, 'artifactVersion.json'), 'utf8')).toBe('"1.0"');
  });

  it('leaves secret keys out of the export', async () => {
    await writePiperFile('container/repositoryPassword', 's3cr3t-pass');
    await writePiperFile('custom/apiToken', 'tok-123456');
    await writePiperFile('container/repositoryUsername', 'robot');
    const env = await PipelineEnvironment.load(workspace);
    const exported = JSON.stringify(env.toJSON());
    expect(exported).not.toContain('s3cr3t-pass');
    expect(exported).not.toContain('tok-123456');
    expect(exported).toContain('robot');
    expect(env.secretValues().sort()).toEqual(['s3cr3t-pass', 'tok-123456']);
  });

  it('round-trips through JSON', () => {
    const env = PipelineEnvironment.parseJSON('{"container/imageNames":["a","b"],"git/commitId":"abc"}');
    expect(env.get('container/imageNames')).toEqual(['a', 'b']);
    expect(PipelineEnvironment.fromJSON(env.toJSON()).toJSON()).toEqual(env.toJSON());
  });

  it.each([
    ['container/imageNameTags.json', '["a",', /container\/imageNameTags\.json is not valid JSON/],
    [
      'container/imageNameTags.json',
      '"just-a-string"',
      /container\/imageNameTags .*expected a list of strings, found a string/,
    ],
    ['container/images.json', '[1,2]', /container\/images .*expected a list of records/],
  ])('refuses %s containing %s', async (rel, content, message) => {
    await writePiperFile(rel, content);
    const error = await PipelineEnvironment.load(workspace).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FerryError);
    expect((error as FerryError).message).toMatch(message);
    expect((error as FerryError).code).toBe('ENV');
  });

  it.each(['../../escape', 'container/../x', '/abs', 'a//b', 'sp ace', ''])(
    'refuses the key %j before anything is written',
    (key) => {
      expect(() => PipelineEnvironment.fromJSON({ [key]: 'x' }, 'input')).toThrow(/is not a valid key/);
    },
  );

  it('refuses JSON that is not an object of keys', () => {
    expect(() => PipelineEnvironment.parseJSON('[1]', 'input pipeline-env')).toThrow(
      /input pipeline-env: expected a JSON object/,
    );
  });
});
