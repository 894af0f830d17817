// How the runner reports a failure: once, naming the step once, with the step's own error.
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../lib/runner';
import { FerryError } from '../../lib/util/errors';

describe('failureMessage', () => {
  it.each([
    [
      'imagePushToRegistry: target refused the password.',
      'imagePushToRegistry failed: target refused the password.',
    ],
    [
      'Cloning failed: branch x not found.',
      'imagePushToRegistry failed: Cloning failed: branch x not found.',
    ],
  ])('%s', (message, expected) => {
    const error = new FerryError(message, { code: 'STEP_FAILED' });
    expect(failureMessage({ step: 'imagePushToRegistry', status: 'failed', seconds: 1, error })).toBe(
      expected,
    );
  });
});
