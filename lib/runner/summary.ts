// The job summary a run collects: tables and lines per step, rendered as Markdown for the GitHub job
// summary and as plain lines for a terminal. Text passes through the logger's mask first.
import type { Summary, SummaryRow } from '../step/types';

export interface SummaryBlock {
  heading?: string;
  rows?: readonly SummaryRow[];
  line?: string;
}

export interface CollectingSummary extends Summary {
  readonly blocks: readonly SummaryBlock[];
  markdown(): string;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function createSummary(mask: (text: string) => string = (t) => t): CollectingSummary {
  const blocks: SummaryBlock[] = [];
  return {
    blocks,
    table(heading, rows) {
      blocks.push({
        heading: mask(heading),
        rows: rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [mask(k), mask(v)]))),
      });
    },
    line(text) {
      blocks.push({ line: mask(text) });
    },
    markdown() {
      const out: string[] = [];
      for (const block of blocks) {
        if (block.line !== undefined) {
          out.push(block.line, '');
          continue;
        }
        const rows = block.rows ?? [];
        if (block.heading) out.push(`### ${block.heading}`, '');
        const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
        if (columns.length === 0) continue;
        out.push(`| ${columns.map(escapeCell).join(' | ')} |`);
        out.push(`| ${columns.map(() => '---').join(' | ')} |`);
        for (const row of rows) out.push(`| ${columns.map((c) => escapeCell(row[c] ?? '')).join(' | ')} |`);
        out.push('');
      }
      return out.join('\n');
    },
  };
}
