// How `ferry config` and error messages say where a parameter's value came from.
import type { ParamSource } from './types';

export function describeSource(source: ParamSource): string {
  switch (source.kind) {
    case 'default':
      return 'default';
    case 'preset':
      return `preset by step name ${source.alias ?? '?'}`;
    case 'env':
      return `pipeline environment ${source.key ?? '?'}`;
    case 'defaults':
      return `defaults file ${source.file ?? '?'} ${source.section ?? '?'}.${source.key ?? '?'}`;
    case 'config':
      return `${source.file ?? '?'} ${source.section ?? '?'}.${source.key ?? '?'}`;
    case 'envvar':
      return `environment variable ${source.variable ?? '?'}`;
    case 'flag':
      return `parameter ${source.key ?? '?'}`;
    case 'vault':
      return `vault: ${source.path ?? '?'}#${source.field ?? '?'}`;
  }
}
