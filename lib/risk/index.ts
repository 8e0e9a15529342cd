/**
 * The risk engine: charter-based, French and English, dodge-proof, explainable and fast. Pure TypeScript,
 * no DOM: runs in the content script, the background, the CLI and the benchmarks.
 *
 *   const compiled = compileCharter(charter); // once per charter
 *   const verdict = scanText(compiled, comment); // { severity, rules, spans, findings, lang }
 */
import type { Lang } from '../model';
import { STARTER_CLAUSES } from '../seed/charter';
import { type CompiledCharter, compileCharter } from './compile';
import { scanText } from './scan';

export type { Category, Clause, ClauseSeverity, Detector, Lang, Severity } from '../model';
export type { CompiledCharter } from './compile';
export { compileCharter } from './compile';
export { scanText } from './scan';
export type { Finding, Span, Verdict } from './types';

let starter: CompiledCharter | null = null;
let bare: CompiledCharter | null = null;

/** The starter charter, compiled once. */
export function defaultCompiledCharter(): CompiledCharter {
  starter ??= compileCharter(STARTER_CLAUSES);
  return starter;
}

/** French or English, from frequent words and French letters; French when nothing tells. */
export function detectLanguage(text: string): Lang {
  bare ??= compileCharter([]);
  return scanText(bare, text).lang;
}
