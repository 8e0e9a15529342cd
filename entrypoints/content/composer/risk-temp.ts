// TEMPORARY until lib/risk lands: same API, naive matching.
import type { Charter, Lang } from '@/lib/model';
export function compileCharter(charter: Charter) { return charter; }
export function detectLanguage(text: string): Lang { return /\b(le|la|les|est|et|je|vous|pas)\b/i.test(text) ? 'fr' : 'en'; }
export function scanText(charter: Charter, text: string) {
  const spans: { start: number; end: number; rule: string }[] = [];
  const lower = text.toLowerCase();
  for (const clause of charter.clauses) {
    if (!clause.enabled) continue;
    for (const term of [...clause.terms.fr, ...clause.terms.en]) {
      const at = lower.indexOf(term.toLowerCase());
      if (at >= 0) spans.push({ start: at, end: at + term.length, rule: clause.id });
    }
  }
  return { severity: 'none', rules: [...new Set(spans.map((s) => s.rule))], spans, findings: [] };
}
