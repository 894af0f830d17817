// Platform strings as users type them (`linux/amd64`, `linux/arm64/v8`) and matching against index
// entries, with arm64's implied v8 variant as the OCI image spec describes.
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

function normalizedVariant(architecture: string, variant: string | undefined): string | undefined {
  if (architecture === 'arm64' && (variant === undefined || variant === '')) return 'v8';
  return variant || undefined;
}

/** True when `platform` is what `spec` asks for; a spec without variant matches any variant. */
export function platformMatches(spec: PlatformSpec, platform: Platform | undefined): boolean {
  if (!platform) return false;
  if (spec.os !== platform.os || spec.architecture !== platform.architecture) return false;
  if (spec.variant === undefined) return true;
  return (
    normalizedVariant(spec.architecture, spec.variant) ===
    normalizedVariant(platform.architecture, platform.variant)
  );
}
