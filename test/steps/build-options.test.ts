// build's builder options: Piper's deprecated containerBuildOptions (one string) replaces buildOptions,
// split at spaces, as cmd/kanikoExecute.go does ("backward compatibility for parameter ContainerBuildOptions").
import { describe, expect, it } from 'vitest';
import { builderOptions } from '../../steps/build/run';

describe('builderOptions', () => {
  it.each<{
    name: string;
    buildOptions: string[];
    containerBuildOptions?: string;
    expected: string[];
    warned: boolean;
  }>([
    {
      // TestRunKanikoExecute "success case - backward compatibility"
      name: 'containerBuildOptions replaces buildOptions, split at spaces',
      buildOptions: ['--skip-tls-verify-pull'],
      containerBuildOptions: '--label  somelabel --build-arg A=1',
      expected: ['--label', 'somelabel', '--build-arg', 'A=1'],
      warned: true,
    },
    {
      name: 'buildOptions as they are',
      buildOptions: ['--snapshot-mode=redo'],
      expected: ['--snapshot-mode=redo'],
      warned: false,
    },
    {
      name: 'an empty containerBuildOptions is unset',
      buildOptions: ['--x'],
      containerBuildOptions: '  ',
      expected: ['--x'],
      warned: false,
    },
  ])('$name', ({ buildOptions, containerBuildOptions, expected, warned }) => {
    const warnings: string[] = [];
    expect(builderOptions({ buildOptions, containerBuildOptions }, (m) => warnings.push(m))).toEqual(
      expected,
    );
    expect(warnings.length > 0).toBe(warned);
  });
});
