// Reading and writing the pipeline environment as Piper's pkg/piperenv does. Each case names the Piper
// test (SAP/jenkins-library pkg/piperenv/CPEMap_test.go, environment_test.go) or behaviour it mirrors.
import { cp, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptPiperEnvironment, ENV_DIR, looksEncrypted, PipelineEnvironment } from '../../lib/env';
import { ferry } from '../helpers/cli';

const FIXTURE = join(__dirname, '..', 'fixtures', 'piper-env', 'kaniko-defaults');

let workspace: string;
let root: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'ferry-piper-env-'));
  root = join(workspace, ENV_DIR);
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** Writes a value as Piper's SetResourceParameter does: strings plain, the rest json.Marshal'd. */
async function writeAsPiper(key: string, value: unknown): Promise<void> {
  const file = typeof value === 'string' ? join(root, key) : join(root, `${key}.json`);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, typeof value === 'string' ? value : JSON.stringify(value ?? null));
}

async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

describe('pipeline environment left by kanikoExecute with its defaults', () => {
  beforeEach(async () => {
    await cp(FIXTURE, root, { recursive: true });
  });

  it('reads null lists as empty lists, trims values, honours toBeEmptied', async () => {
    const env = await PipelineEnvironment.load(workspace);
    expect(env.get('container/imageDigests')).toEqual([]);
    expect(env.get('container/imageNames')).toEqual([]);
    expect(env.get('container/imageNameTags')).toEqual(['myapp:1.2.3']);
    expect(env.get('container/registryUrl')).toBe('https://staging.example.com');
    expect(env.get('artifactVersion')).toBe('1.2.3');
    expect(env.get('git/commitId')).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(env.getRaw('custom/previousVersion')).toBe('');
    expect(env.has('custom/previousVersion')).toBe(false);
    expect(env.getRaw('custom/buildTool')).toBe('kaniko-custom');
    expect(env.has('container/imageDigests')).toBe(false);
  });

  it('writes the same file names back, keeps unchanged values byte for byte, empties toBeEmptied', async () => {
    const env = await PipelineEnvironment.load(workspace);
    env.set('container/imageDigest', 'sha256:' + 'a'.repeat(64));
    await env.save(workspace);
    expect(await listFiles(root)).toEqual([
      'artifactVersion',
      'container/imageDigest',
      'container/imageDigests.json',
      'container/imageNameTag',
      'container/imageNameTags.json',
      'container/imageNames.json',
      'container/registryUrl',
      'custom/buildSettingsInfo',
      'custom/buildTool.json',
      'custom/previousVersion',
      'custom/score.json',
      'git/commitId',
    ]);
    // TestNumbersArePassedCorrectly: Go keeps json.Number "5.5000" as written.
    expect(await readFile(join(root, 'custom/score.json'), 'utf8')).toBe('5.5000');
    // A JSON string under custom/ stays <name>.json (Piper reads the key from either form).
    expect(await readFile(join(root, 'custom/buildTool.json'), 'utf8')).toBe('"kaniko-custom"');
    // TestCPEMap_LoadFromDisk: the toBeEmptied file is emptied.
    expect(await readFile(join(root, 'custom/previousVersion'), 'utf8')).toBe('');
    const again = await PipelineEnvironment.load(workspace);
    expect(again.get('container/imageDigests')).toEqual([]);
    expect(again.get('container/imageDigest')).toBe('sha256:' + 'a'.repeat(64));
  });

  it('does not stop ferry commands (exit 0 where null lists made them exit 2)', async () => {
    const get = await ferry(['env', 'get', 'container/imageDigests'], { cwd: workspace });
    expect(get.code).toBe(0);
    expect(get.stdout).toBe('[]\n');
    const stages = await ferry(['stages'], { cwd: workspace });
    expect(stages.stderr).not.toMatch(/imageDigests/);
    expect(stages.code).toBe(0);
  });

  it('rewrites a changed custom JSON string in its .json form', async () => {
    const env = await PipelineEnvironment.load(workspace);
    env.setRaw('custom/buildTool', 'other');
    await env.save(workspace);
    expect(await readFile(join(root, 'custom/buildTool.json'), 'utf8')).toBe('"other"');
    expect(await listFiles(join(root, 'custom'))).not.toContain('buildTool');
  });
});

describe('Piper pkg/piperenv cases', () => {
  it('TestCPEMap_LoadFromDisk: plain values, nested keys, toBeEmptied, JSON numbers', async () => {
    await writeAsPiper('Foo', 'Bar');
    await writeAsPiper('Hello', 'World');
    await writeAsPiper('Batman/Bruce', 'Wayne');
    await writeAsPiper('Batman/Robin', 'toBeEmptied');
    await writeAsPiper('Batman/Test', 54);
    const env = await PipelineEnvironment.load(workspace);
    expect(env.getRaw('Foo')).toBe('Bar');
    expect(env.getRaw('Hello')).toBe('World');
    expect(env.getRaw('Batman/Robin')).toBe('');
    expect(env.getRaw('Batman/Bruce')).toBe('Wayne');
    expect(env.getRaw('Batman/Test')).toBe(54);
  });

  it('Test_writeMapToDisk: strings plain, maps and numbers as <name>.json', async () => {
    const env = PipelineEnvironment.fromJSON({ 'A/B': 'Hallo', sub: { 'A/B': 'Test' }, number: 5 });
    await env.save(workspace);
    expect(await readFile(join(root, 'A/B'), 'utf8')).toBe('Hallo');
    expect(await readFile(join(root, 'sub.json'), 'utf8')).toBe('{"A/B":"Test"}');
    expect(await readFile(join(root, 'number.json'), 'utf8')).toBe('5');
  });

  it('TestCommonPipelineEnvDirNotPresent: a missing directory is an empty environment', async () => {
    const env = await PipelineEnvironment.load(join(workspace, 'does', 'not', 'exist'));
    expect(env.keys()).toEqual([]);
  });

  it('TestReadFileContentWithInvalidUTF8: raw control characters in a JSON string are accepted', async () => {
    await mkdir(join(root, 'custom'), { recursive: true });
    await writeFile(join(root, 'custom/commit.json'), '{"commitMessage":"Test \x16 control char commit"}');
    const env = await PipelineEnvironment.load(workspace);
    expect(env.getRaw('custom/commit')).toEqual({ commitMessage: 'Test \x16 control char commit' });
  });

  it('GetResourceParameter trims: values written with a trailing newline', async () => {
    await writeAsPiper('container/imageNameTag', 'app:1.0\n');
    await writeAsPiper('container/imageDigest', '  sha256:' + 'b'.repeat(64) + '\r\n');
    const env = await PipelineEnvironment.load(workspace);
    expect(env.get('container/imageNameTag')).toBe('app:1.0');
    expect(env.get('container/imageDigest')).toBe('sha256:' + 'b'.repeat(64));
  });

  it.each([
    ['container/imageDigests', null, []],
    ['container/imageNameTags', null, []],
    ['container/images', null, []],
    ['artifactVersion', null, ''],
  ])('Go nil written as null: %s = %j reads as %j', async (key, value, expected) => {
    await writeAsPiper(key, value);
    const env = await PipelineEnvironment.load(workspace);
    expect(env.getRaw(key)).toEqual(expected);
  });
});

describe('ferry env import of `piper readPipelineEnv` output', () => {
  // readPipelineEnv prints CPEMap as JSON indented with tabs: keys without .json, plain files untrimmed.
  const piperOutput = `{
\t"artifactVersion": "1.2.3\\n",
\t"container/imageDigests": null,
\t"container/imageNameTags": [
\t\t"myapp:1.2.3"
\t],
\t"container/registryUrl": "https://staging.example.com",
\t"custom/previousVersion": "",
\t"custom/score": 5.5
}
`;

  it('accepts the JSON shape', () => {
    const env = PipelineEnvironment.parseJSON(piperOutput, 'readPipelineEnv');
    expect(env.get('artifactVersion')).toBe('1.2.3');
    expect(env.get('container/imageDigests')).toEqual([]);
    expect(env.get('container/imageNameTags')).toEqual(['myapp:1.2.3']);
    expect(env.getRaw('custom/score')).toBe(5.5);
  });

  it('imports it with ferry env import - and writes Piper layout back', async () => {
    await writeFile(join(workspace, 'cpe.json'), piperOutput);
    const result = await ferry(['env', 'import', 'cpe.json'], { cwd: workspace });
    expect(result.code, result.all).toBe(0);
    expect(await readFile(join(root, 'artifactVersion'), 'utf8')).toBe('1.2.3');
    expect(await readFile(join(root, 'container/imageDigests.json'), 'utf8')).toBe('[]');
    expect(JSON.parse(await readFile(join(root, 'container/imageNameTags.json'), 'utf8'))).toEqual([
      'myapp:1.2.3',
    ]);
  });

  it('decrypts the PIPER_pipelineEnv_SECRET form (AES-256-CFB, key sha256(secret), IV first)', () => {
    const secret = 'pipeline-env-secret';
    const iv = randomBytes(16);
    const cipher = createCipheriv('aes-256-cfb', createHash('sha256').update(secret).digest(), iv);
    const encrypted = Buffer.concat([iv, cipher.update(piperOutput), cipher.final()]).toString('base64');
    expect(looksEncrypted(encrypted)).toBe(true);
    expect(looksEncrypted(piperOutput)).toBe(false);
    const env = PipelineEnvironment.parseJSON(decryptPiperEnvironment(encrypted, secret));
    expect(env.get('container/registryUrl')).toBe('https://staging.example.com');
  });

  it('says which variable to set when the encrypted form comes without the secret', async () => {
    await writeFile(join(workspace, 'cpe.enc'), 'c2VjcmV0LWxvb2tpbmctYmFzZTY0LWRhdGEtaGVyZQ==');
    const result = await ferry(['env', 'import', 'cpe.enc'], { cwd: workspace });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/PIPER_pipelineEnv_SECRET/);
  });
});
