/** The risk tests' view of a scan with the starter charter: the verdict, its rules, what it lowered, what it marks. */
import { defaultCompiledCharter, scanText } from '@/lib/risk';

const compiled = defaultCompiledCharter();

export const scan = (text: string) => scanText(compiled, text);

/** The clause ids of the verdict (lowered findings do not count). */
export const rules = (text: string) => scan(text).rules;

/** The clause ids of the findings a cue lowered (negated, quoted, cheering…). */
export const lowered = (text: string) =>
  scan(text)
    .findings.filter((f) => f.lowered)
    .map((f) => f.rule);

/** The original substrings the verdict marks for `rule`. */
export const spansOf = (text: string, rule: string) =>
  scan(text)
    .spans.filter((s) => s.rule === rule)
    .map((s) => text.slice(s.start, s.end));
