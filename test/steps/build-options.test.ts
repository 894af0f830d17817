// build's builder options: Piper's deprecated containerBuildOptions (one string) replaces buildOptions,
// split at spaces, as cmd/kanikoExecute.go does ("backward compatibility for parameter ContainerBuildOptions");
// and what the native builder honours of them.
import { describe, expect, it } from 'vitest';
import { nativeBuildOptions } from '../../lib/build';
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

describe('nativeBuildOptions: what the native builder takes from buildOptions', () => {
  it('honours --build-arg, --target, --label, --platform, --insecure-registry, in both spellings', () => {
    expect(
      nativeBuildOptions([
        '--build-arg',
        'A=1',
        '--build-arg=B=x=y',
        '--target',
        'final',
        '--label',
        'somelabel',
        '--label=team=core',
        '--custom-platform=linux/arm64',
        '--insecure-registry',
        'mirror.internal:5000',
      ]),
    ).toEqual({
      buildArgs: { A: '1', B: 'x=y' },
      labels: { somelabel: '', team: 'core' },
      target: 'final',
      platforms: ['linux/arm64'],
      insecureRegistries: ['mirror.internal:5000'],
      ignored: [],
    });
  });

  it("accepts Piper's kanikoExecute defaults and kaniko's tuning options without effect", () => {
    expect(
      nativeBuildOptions([
        '--skip-tls-verify-pull',
        '--ignore-path=/workspace',
        '--ignore-path',
        '/busybox',
        '--cache=true',
        '--snapshot-mode=redo',
        '--verbosity',
        'debug',
      ]).ignored,
    ).toEqual([
      '--skip-tls-verify-pull',
      '--ignore-path=/workspace',
      '--ignore-path /busybox',
      '--cache=true',
      '--snapshot-mode=redo',
      '--verbosity debug',
    ]);
  });

  it.each([
    [['--destination', 'r.example/app:1'], /cannot honour buildOptions --destination \(/],
    [
      ['--no-push', '--tar-path=/x.tar', '--squash'],
      /cannot honour buildOptions --no-push, --tar-path, --squash/,
    ],
    [['--build-arg', 'NOVALUE'], /--build-arg 'NOVALUE' is not KEY=value/],
    [['--target'], /--target has no value/],
  ])('refuses %j with one error naming the options', (options, message) => {
    expect(() => nativeBuildOptions(options)).toThrow(message);
  });

  it('the refusal says which builder to use instead', () => {
    expect(() => nativeBuildOptions(['--destination', 'x'])).toThrow(
      /Set builder to the builder these options are for/,
    );
  });
});
