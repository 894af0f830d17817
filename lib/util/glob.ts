// The one glob syntax of ferry's own patterns (stage conditions, GitOps file paths): `**` any depth,
// `*` and `?` within one path segment, `{a,b}` alternatives, `[abc]` classes. Paths use '/'.
// (.dockerignore patterns follow Docker's rules instead: lib/build/native/context.ts.)

/** True when the path is a pattern rather than one file. */
export function hasGlobMagic(path: string): boolean {
  return /[*?[{]/.test(path);
}

const escape = (text: string): string => text.replace(/[.+^$()|\\]/g, '\\$&');

/** An anchored RegExp for a workspace-relative, '/'-separated path. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*' && glob.charAt(i + 1) === '*') {
      const slash = glob.charAt(i + 2) === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        const alternatives = glob
          .slice(i + 1, end)
          .split(',')
          .map((s) => escape(s).replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'));
        out += `(?:${alternatives.join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}
