// Placeholder body of imagePushToRegistry until the step's own issue lands: running it says so and fails.
import type { ParamValues, StepContext } from '../../lib/step';
import { FerryError } from '../../lib/util/errors';
import type { params } from './metadata';

export async function run(_params: ParamValues<typeof params>, _ctx: StepContext): Promise<void> {
  throw new FerryError('imagePushToRegistry: not available yet in this version of ferry.', {
    code: 'STEP_UNAVAILABLE',
  });
}
