// The Basic auth check of ferry's own servers: the exact pair passes, anything else does not.
import { describe, expect, it } from 'vitest';
import { basicAuthMatches } from '../../lib/util/basic-auth';

const expected = { username: 'ci', password: 'pa:ss' };
const header = (text: string): string => `Basic ${Buffer.from(text).toString('base64')}`;

describe('basicAuthMatches', () => {
  it('accepts the expected pair, a password with a colon included, any case of the scheme', () => {
    expect(basicAuthMatches(header('ci:pa:ss'), expected)).toBe(true);
    expect(basicAuthMatches(header('ci:pa:ss').replace('Basic', 'basic'), expected)).toBe(true);
  });

  it.each([
    ['no header', undefined],
    ['a wrong password', header('ci:pa')],
    ['a wrong user', header('cx:pa:ss')],
    ['no colon', header('cipa')],
    ['another scheme', `Bearer ${Buffer.from('ci:pa:ss').toString('base64')}`],
  ])('refuses %s', (_what, value) => {
    expect(basicAuthMatches(value, expected)).toBe(false);
  });
});
