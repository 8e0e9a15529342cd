import type { Category, ClauseSeverity, Detector, Lang, Severity } from '../model';

/** A highlighted range: UTF-16 offsets into the ORIGINAL text, and the clause it breaks. */
export interface Span {
  start: number;
  end: number;
  rule: string;
}

export interface Finding extends Span {
  clauseId: string;
  category: Category;
  severity: ClauseSeverity;
  /** The original substring. */
  match: string;
  source: 'term' | 'detector' | 'pattern';
  detector?: Detector;
  /** A counter-speech, quotation or negation cue lowered it: it does not count in the verdict. */
  lowered?: boolean;
}

export interface Verdict {
  severity: Severity;
  /** Clause ids, most severe first. */
  rules: string[];
  spans: Span[];
  findings: Finding[];
  lang: Lang;
}
