// Help texts generated from step metadata, so `ferry run STEP --help` and the docs never disagree.
import { expectedNumber } from '../../config/coerce';
import type { AnyStep, ParamSpec } from '../../step/types';

export function formatDefault(spec: ParamSpec): string {
  if (spec.default === undefined) return '';
  return typeof spec.default === 'string' ? spec.default : JSON.stringify(spec.default);
}

export function stepHelp(step: AnyStep): string {
  const lines = [
    `Usage: ferry run ${step.name} [--PARAM VALUE …] [--stage STAGE] [--config FILE] [--strict]`,
    '',
    step.description,
    '',
    parameterHelp(step),
  ];
  if (step.aliases?.length) lines.push(`Also known as: ${step.aliases.map((a) => a.name).join(', ')}`, '');
  return lines.join('\n');
}

/** The `Parameters:` section of a step's help: each flag, its type, default and description. */
export function parameterHelp(step: AnyStep): string {
  const lines = ['Parameters:'];
  for (const [name, spec] of Object.entries(step.params)) {
    const bits: string[] = [
      spec.type === 'number' && (spec.integer || spec.min !== undefined || spec.max !== undefined)
        ? expectedNumber(spec)
        : spec.type,
    ];
    const def = formatDefault(spec);
    if (def) bits.push(`default ${def}`);
    if (spec.mandatory) bits.push('mandatory');
    if (spec.secret) bits.push('secret');
    lines.push(`  --${name} (${bits.join(', ')})`, `      ${spec.description}`);
  }
  return `${lines.join('\n')}\n`;
}
