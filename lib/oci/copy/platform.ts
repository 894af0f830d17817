// Platform strings as users type them (`linux/amd64`, `linux/arm64/v8`) and ferry's one platform matcher,
// which normalises both sides as containerd's platform matcher does (aarch64 is arm64, arm64/v8 is
// arm64, arm alone is arm/v7, x86_64 is amd64) and then compares os, architecture and variant.
import { FerryError } from '../../util/errors';
import type { Platform } from '../types';

export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
}

export function parsePlatform(text: string): PlatformSpec {
  const parts = text.trim().split('/');
  const [os, architecture, variant] = parts;
  if (
    parts.length < 2 ||
    parts.length > 3 ||
    !os ||
    !architecture ||
    parts.some((p) => !/^[a-z0-9._-]+$/i.test(p))
  )
    throw new FerryError(
      `Invalid platform '${text}': expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8.`,
      {
        code: 'USAGE',
        usage: true,
      },
    );
  return variant ? { os, architecture, variant } : { os, architecture };
}

/** os, architecture and variant in containerd's normal form (variant '' when it is the default one). */
export function normalizePlatform(platform: PlatformSpec): Required<PlatformSpec> {
  let os = platform.os.toLowerCase();
  if (os === 'macos') os = 'darwin';
  let architecture = platform.architecture.toLowerCase();
  let variant = (platform.variant ?? '').toLowerCase();
  switch (architecture) {
    case 'i386':
      architecture = '386';
      variant = '';
      break;
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      architecture = 'amd64';
      if (variant === 'v1') variant = '';
      break;
    case 'aarch64':
    case 'arm64':
      architecture = 'arm64';
      if (variant === '8' || variant === 'v8' || variant === 'v8.0') variant = '';
      else if (variant === '9' || variant === '9.0' || variant === 'v9.0') variant = 'v9';
      break;
    case 'armhf':
      architecture = 'arm';
      variant = 'v7';
      break;
    case 'armel':
      architecture = 'arm';
      variant = 'v6';
      break;
    case 'arm':
      if (variant === '' || variant === '7') variant = 'v7';
      else if (variant === '5' || variant === '6' || variant === '8') variant = `v${variant}`;
      break;
  }
  return { os, architecture, variant };
}

/**
 * True when `platform` (an index entry's) is what `spec` asks for, both normalised: `linux/arm64`
 * matches `linux/arm64/v8` and the reverse, `linux/arm` matches `linux/arm/v7` but not `linux/arm/v6`.
 */
export function platformMatches(spec: PlatformSpec, platform: Platform | undefined): boolean {
  if (!platform) return false;
  const a = normalizePlatform(spec);
  const b = normalizePlatform(platform);
  return a.os === b.os && a.architecture === b.architecture && a.variant === b.variant;
}
