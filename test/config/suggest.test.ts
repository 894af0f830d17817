// "Did you mean": edit distance and the choice of the nearest name.
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggest } from '../../lib/config';

describe('suggest', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['Forcepush', 'forcePush', 0],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it.each([
    ['targetRegistryUrll', 'targetRegistryUrl'],
    ['forcePsh', 'forcePush'],
    ['fileP', 'filePath'],
    ['tagLatset', 'tagLatest'],
    ['zzz', undefined],
    ['completelyDifferent', undefined],
  ])('suggest(%s) = %s', (name, expected) => {
    expect(suggest(name, ['targetRegistryUrl', 'forcePush', 'filePath', 'tagLatest', 'tool'])).toBe(expected);
  });

  it('formats the hint or nothing', () => {
    expect(didYouMean('tol', ['tool'])).toBe(" Did you mean 'tool'?");
    expect(didYouMean('xyz', ['tool'])).toBe('');
  });
});
