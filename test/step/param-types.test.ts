// possibleValues narrow a parameter's TypeScript type: a step's `run` gets a union of literals, so
// it need not check the value again (resolution already did).
import { describe, expectTypeOf, it } from 'vitest';
import type { ParamValues } from '../../lib/step';
import type { params as buildParams } from '../../steps/build/metadata';
import type { params as gitopsParams } from '../../steps/gitOpsUpdateDeployment/metadata';

describe('ParamValues', () => {
  it('narrows string parameters with possibleValues to their literals', () => {
    expectTypeOf<ParamValues<typeof gitopsParams>['tool']>().toEqualTypeOf<
      'kubectl' | 'kustomize' | 'helm'
    >();
    expectTypeOf<ParamValues<typeof gitopsParams>['referenceForm']>().toEqualTypeOf<
      'digest' | 'tag+digest' | 'tag'
    >();
    expectTypeOf<ParamValues<typeof buildParams>['builder']>().toEqualTypeOf<
      'auto' | 'native' | 'buildah' | 'docker' | 'kaniko' | 'pack'
    >();
  });

  it('keeps other parameters at their ParamType', () => {
    expectTypeOf<ParamValues<typeof buildParams>['containerImageName']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ParamValues<typeof buildParams>['multipleImages']>().toEqualTypeOf<
      readonly Readonly<Record<string, unknown>>[]
    >();
  });
});
