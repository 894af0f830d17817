import type { Summary, SummaryRow } from '../step/types.js';
export interface SummaryBlock {
    heading?: string;
    rows?: readonly SummaryRow[];
    line?: string;
}
export interface CollectingSummary extends Summary {
    readonly blocks: readonly SummaryBlock[];
    markdown(): string;
}
export declare function createSummary(mask?: (text: string) => string): CollectingSummary;
