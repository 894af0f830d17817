// The commit message of gitOpsUpdateDeployment: the user's template with {{image}}, {{digest}},
// {{previous}}, {{files}} and {{sourceRevision}}, or by default Piper's subject line
// (`Updated <registry/image> to version <tag>`) over a body with one line per image, old → new.
import { ConfigError } from '../../lib/util/errors';

export interface DeployedImage {
  /** The reference written. */
  reference: string;
  /** `registry/repository`, no tag or digest: the image Piper's subject names. */
  name: string;
  shortName: string;
  digest: string | undefined;
  tag: string | undefined;
  /** What the files held before, each distinct value once. */
  previous: readonly string[];
}

export interface MessageInput {
  template?: string | undefined;
  images: readonly DeployedImage[];
  files: readonly string[];
  sourceRevision?: string | undefined;
}

const PLACEHOLDERS = ['image', 'digest', 'previous', 'files', 'sourceRevision'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** Throws a ConfigError naming an unknown placeholder, so a typo is found before anything is cloned. */
export function checkTemplate(template: string): void {
  for (const match of template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    const name = match[1] ?? '';
    if (!isPlaceholder(name)) {
      throw new ConfigError(
        `commitMessage: unknown placeholder {{${name}}}. Use ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
      );
    }
  }
}

/** Piper's default message (defaultCommitMessage): `Updated <registry/image> to version <tag>`. */
function subject(images: readonly DeployedImage[]): string {
  return `Updated ${images.map((i) => `${i.name} to version ${i.tag ?? i.digest ?? 'latest'}`).join(', ')}`;
}

export function renderCommitMessage(input: MessageInput): string {
  const values: Record<Placeholder, string> = {
    image: input.images.map((i) => i.reference).join(', '),
    digest: input.images.map((i) => i.digest ?? i.tag ?? '').join(', '),
    previous: input.images.flatMap((i) => i.previous).join(', ') || 'none',
    files: input.files.join(', '),
    sourceRevision: input.sourceRevision ?? 'unknown',
  };
  if (input.template) {
    checkTemplate(input.template);
    return input.template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, name: string) =>
      isPlaceholder(name) ? values[name] : '',
    );
  }
  const lines = [subject(input.images), ''];
  for (const image of input.images) {
    const before = image.previous.length > 0 ? image.previous.join(', ') : '(none)';
    lines.push(`${image.shortName}: ${before} → ${image.reference}`);
  }
  lines.push('', `Files: ${values.files}`);
  if (input.sourceRevision) lines.push(`Source revision: ${input.sourceRevision}`);
  return lines.join('\n');
}
