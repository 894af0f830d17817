// Reference parsing and printing, registry URL normalisation, and digest helpers: table-driven.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createDigestVerifier, isDigest, sha256Digest } from '../../lib/oci/digest';
import {
  isRepositoryName,
  isTag,
  normalizeRegistryUrl,
  parseReference,
  referenceFromParts,
} from '../../lib/oci/reference';
import { FerryError } from '../../lib/util/errors';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  test.each([
    ['alpine', 'docker.io', 'library/alpine', undefined, undefined, 'docker.io/library/alpine'],
    ['alpine:3.20', 'docker.io', 'library/alpine', '3.20', undefined, 'docker.io/library/alpine:3.20'],
    ['user/app', 'docker.io', 'user/app', undefined, undefined, 'docker.io/user/app'],
    ['docker.io/alpine', 'docker.io', 'library/alpine', undefined, undefined, 'docker.io/library/alpine'],
    [
      'index.docker.io/library/alpine:1',
      'docker.io',
      'library/alpine',
      '1',
      undefined,
      'docker.io/library/alpine:1',
    ],
    ['registry-1.docker.io/x/y', 'docker.io', 'x/y', undefined, undefined, 'docker.io/x/y'],
    ['localhost/app', 'localhost', 'app', undefined, undefined, 'localhost/app'],
    ['localhost:5000/a/b/c:t', 'localhost:5000', 'a/b/c', 't', undefined, 'localhost:5000/a/b/c:t'],
    ['127.0.0.1:5000/app@' + D, '127.0.0.1:5000', 'app', undefined, D, `127.0.0.1:5000/app@${D}`],
    ['ghcr.io/o/app:v1@' + D, 'ghcr.io', 'o/app', 'v1', D, `ghcr.io/o/app:v1@${D}`],
    ['[::1]:5000/app:x', '[::1]:5000', 'app', 'x', undefined, '[::1]:5000/app:x'],
    [
      'Registry.Example.com/app',
      'registry.example.com',
      'app',
      undefined,
      undefined,
      'registry.example.com/app',
    ],
    [
      'r.io/a_b/c__d/e--f.g:T_1.2-3',
      'r.io',
      'a_b/c__d/e--f.g',
      'T_1.2-3',
      undefined,
      'r.io/a_b/c__d/e--f.g:T_1.2-3',
    ],
  ])('%s', (text, registry, repository, tag, digest, printed) => {
    const ref = parseReference(text);
    expect(ref.registry).toBe(registry);
    expect(ref.repository).toBe(repository);
    expect(ref.tag).toBe(tag);
    expect(ref.digest).toBe(digest);
    expect(ref.toString()).toBe(printed);
    expect(ref.name).toBe(`${registry}/${repository}`);
    expect(parseReference(ref.toString()).toString()).toBe(printed);
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['UPPER', 'lowercase'],
    ['r.io/App', 'lowercase'],
    ['r.io/app:', 'tag'],
    ['r.io/app:-bad', 'tag'],
    ['r.io/app:' + 'x'.repeat(129), 'tag'],
    ['r.io/app@sha256:abc', 'digest'],
    ['r.io/app@' + D.toUpperCase(), 'digest'],
    ['r.io/app@nodigest', 'digest'],
    ['r.io/app@md5:' + 'a'.repeat(32), "algorithm 'md5' is not supported"],
    ['r.io/app@sha1:' + 'a'.repeat(40), "algorithm 'sha1' is not supported"],
    ['r.io/app@sha512:' + 'a'.repeat(64), '128 lowercase hex'],
    ['https://r.io/app', 'scheme'],
    ['r.io//app', 'path component'],
    ['r.io/app/', 'path component'],
    ['r.io/-app', 'path component'],
    ['r.io:99999/app', 'port'],
    ['r.io:port/app', 'port'],
    ['bad_host.io/app', 'host'],
    ['r.io/a b', 'whitespace'],
  ])('rejects %j (%s)', (text, why) => {
    let caught: unknown;
    try {
      parseReference(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FerryError);
    const error = caught as FerryError;
    expect(error.code).toBe('REFERENCE');
    expect(error.usage).toBe(true);
    expect(error.message).toContain(`'${text}'`);
    expect(error.message.toLowerCase()).toContain(why);
  });

  test('accepts sha512, the other registered algorithm', () => {
    const digest = `sha512:${'b'.repeat(128)}`;
    expect(parseReference(`r.io/app@${digest}`).digest).toBe(digest);
    expect(isDigest(digest)).toBe(true);
    expect(isDigest(`md5:${'a'.repeat(32)}`)).toBe(false);
  });

  const SECRET = 'Hunter2-ref-secret';
  test.each([
    [`user:${SECRET}@registry.example.com/team/app:1`],
    [`user:${SECRET}@registry.example.com:5000/team/app`],
    [`user:${SECRET}@registry.example.com`],
    [`user:${SECRET}@127.0.0.1:5000`],
    [`${SECRET}@registry.example.com/app@${D}`],
    [`https://user:${SECRET}@registry.example.com/team/app`],
    [`docker.io/user:${SECRET}@registry.example.com/app`],
  ])('refuses credentials in %j without echoing them, saying how to pass them', (text) => {
    let caught: unknown;
    try {
      parseReference(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FerryError);
    const error = caught as FerryError;
    expect(error.code).toBe('REFERENCE');
    expect(error.usage).toBe(true);
    expect(error.message).toContain('user information');
    expect(error.message).toContain('--src-creds');
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain('registry.example.com');
  });

  test('withTag and withDigest return new references and leave the original alone', () => {
    const ref = parseReference('r.io/app:1');
    const tagged = ref.withTag('2');
    const pinned = ref.withDigest(D);
    expect(ref.toString()).toBe('r.io/app:1');
    expect(tagged.toString()).toBe('r.io/app:2');
    expect(pinned.toString()).toBe(`r.io/app:1@${D}`);
    expect(pinned.identifier).toBe(D);
    expect(tagged.identifier).toBe('2');
    expect(parseReference('r.io/app').identifier).toBe('latest');
    expect(Object.isFrozen(ref)).toBe(true);
    expect(() => ref.withTag('bad tag')).toThrow(FerryError);
    expect(() => ref.withDigest('sha256:1')).toThrow(FerryError);
  });

  test('scope', () => {
    expect(parseReference('r.io/a/b').scope(['pull'])).toBe('repository:a/b:pull');
    expect(parseReference('alpine').scope(['pull', 'push'])).toBe('repository:library/alpine:pull,push');
  });
});

describe('isTag and isRepositoryName: the distribution spec grammar, one copy for every parser', () => {
  test.each([
    ['1.0', true],
    ['_x', true],
    ['v1.2.3-rc_1', true],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    ['.hidden', false],
    ['-dash', false],
    ['', false],
    ['a/b', false],
    ['a:b', false],
  ])('tag %j: %s', (text, expected) => {
    expect(isTag(text)).toBe(expected);
  });

  test.each([
    ['library/alpine', true],
    ['a', true],
    ['team/app.x_y__z-w--v', true],
    ['a/b/c/d', true],
    [`a/${'b'.repeat(253)}`, true],
    [`a/${'b'.repeat(254)}`, false],
    ['Upper/app', false],
    ['a//b', false],
    ['/a', false],
    ['a/', false],
    ['a_', false],
    ['a___b', false],
    ['', false],
  ])('repository %j: %s', (text, expected) => {
    expect(isRepositoryName(text)).toBe(expected);
  });
});

describe('normalizeRegistryUrl', () => {
  test.each([
    ['host.io', { host: 'host.io' }],
    ['https://host.io:5000/', { host: 'host.io:5000', secure: true }],
    ['http://host.io/path/', { host: 'host.io', secure: false, path: 'path' }],
    ['HTTPS://Host.IO/v2/', { host: 'host.io', secure: true }],
    ['https://index.docker.io/v1/', { host: 'docker.io', secure: true }],
    ['127.0.0.1:5000', { host: '127.0.0.1:5000' }],
    ['https://harbor.io/project/sub/', { host: 'harbor.io', secure: true, path: 'project/sub' }],
    ['  localhost:5000//  ', { host: 'localhost:5000' }],
  ])('%s', (url, expected) => {
    expect(normalizeRegistryUrl(url)).toEqual(expected);
  });

  test.each([
    [''],
    ['ftp://host.io'],
    ['https://user:pw@host.io'],
    ['ftp://user:pw@host.io'],
    ['user:pw@host.io'],
    ['https://bad_host/'],
    ['https://h.io/UPPER'],
  ])('rejects %j', (url) => {
    expect(() => normalizeRegistryUrl(url)).toThrow(FerryError);
    try {
      normalizeRegistryUrl(url);
    } catch (error) {
      expect((error as FerryError).code).toBe('REFERENCE');
      expect((error as FerryError).message).not.toContain('pw@');
    }
  });
});

describe('referenceFromParts', () => {
  test.each([
    ['https://host.io:5000/', 'team/app:1.0', 'host.io:5000/team/app:1.0'],
    ['host.io', 'app', 'host.io/app'],
    ['https://harbor.io/project/', 'app:1', 'harbor.io/project/app:1'],
    ['https://harbor.io/project/', 'project/app:1', 'harbor.io/project/app:1'],
    ['https://host.io', 'host.io/team/app:1', 'host.io/team/app:1'],
    ['https://index.docker.io/v1/', 'nginx:1', 'docker.io/library/nginx:1'],
    ['http://127.0.0.1:5000', `app@${D}`, `127.0.0.1:5000/app@${D}`],
  ])('%s + %s', (url, nameTag, expected) => {
    expect(referenceFromParts(url, nameTag).toString()).toBe(expected);
  });
});

describe('digest', () => {
  test('sha256Digest and isDigest', () => {
    expect(sha256Digest('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(isDigest(sha256Digest('x'))).toBe(true);
    expect(isDigest('sha256:abc')).toBe(false);
    expect(isDigest('sha512:' + 'a'.repeat(128))).toBe(true);
    expect(isDigest('latest')).toBe(false);
  });

  const drain = () =>
    new Writable({
      write(_chunk, _enc, cb) {
        cb();
      },
    });

  test('verifier passes matching content', async () => {
    const data = Buffer.from('hello world');
    const v = createDigestVerifier({ digest: sha256Digest(data), size: data.length });
    await pipeline(Readable.from([data.subarray(0, 3), data.subarray(3)]), v, drain());
    expect(v.bytesSeen).toBe(data.length);
  });

  test.each([
    ['wrong digest', { digest: sha256Digest('other'), size: 11 }, 'digest'],
    ['short', { digest: sha256Digest('hello world'), size: 12 }, '11 bytes instead of 12'],
    ['long', { digest: sha256Digest('hello world'), size: 5 }, 'more than'],
  ])('verifier fails on %s', async (_name, options, why) => {
    const v = createDigestVerifier(options);
    await expect(pipeline(Readable.from([Buffer.from('hello world')]), v, drain())).rejects.toThrow(why);
  });
});
