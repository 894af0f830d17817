// URL redaction: the password of a URL's user info goes, the rest of the text stays; redactUrl masks
// or drops secret query values; displayServerUrl is the address of a server as a person reads it.
import { describe, expect, test } from 'vitest';
import { displayServerUrl, redactUrl, redactUserinfoPasswords } from '../../lib/util/url';

describe('redactUserinfoPasswords', () => {
  test.each([
    ['https://robot:s3cret@registry.example.com/x', 'https://robot:***@registry.example.com/x'],
    ['robot:s3cret@registry.example.com', 'robot:***@registry.example.com'],
    ['https://u:p@ss@h/p?q=1', 'https://u:***@h/p?q=1'],
    ['a, b:c@d.io', 'a, b:***@d.io'],
    ['see http://a:b@h and https://c:d@i', 'see http://a:***@h and https://c:***@i'],
    // Not passwords: references with a digest, scp-style git remotes, ports, a user without password.
    ['app:1.0@sha256:abc', 'app:1.0@sha256:abc'],
    ['team/app:1.0@sha256:abc', 'team/app:1.0@sha256:abc'],
    ['git@github.com:org/repo.git', 'git@github.com:org/repo.git'],
    ['http://127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['https://user@h', 'https://user@h'],
    ['registry:5000/app', 'registry:5000/app'],
  ])('%s', (input, expected) => {
    expect(redactUserinfoPasswords(input)).toBe(expected);
  });
});

describe('redactUrl', () => {
  test.each([
    ['https://u:pw@r.io/v2/?token=abc&n=1', {}, 'https://r.io/v2/?token=***&n=1'],
    ['https://u:pw@r.io/v2/?token=abc#frag', { query: 'drop' as const }, 'https://r.io/v2/'],
    ['not a url ://u:pw@x?token=abc', { query: 'drop' as const }, '<invalid URL>'],
  ])('%s', (input, options, expected) => {
    expect(redactUrl(input, options)).toBe(expected);
  });
});

describe('displayServerUrl', () => {
  test.each([
    ['https://vault.example.com:8200/', 'https://vault.example.com:8200'],
    ['https://admin:s3cret@vault.example.com/?token=t0k#x', 'https://vault.example.com'],
    ['https://vault.example.com/v1', 'https://vault.example.com/v1'],
    ['vault example', '<invalid URL>'],
  ])('%s', (input, expected) => {
    expect(displayServerUrl(input)).toBe(expected);
  });
});
