import type { Lang } from '../model';

/** One UI string in both languages. `{name}` marks a value filled at run time. */
export interface MessagePair {
  en: string;
  fr: string;
  /** For translators: where the string shows. */
  description?: string;
}

/** Each feature keeps its strings in one file under messages/; keys are camelCase, unique across files. */
export function defineMessages<const T extends Record<string, MessagePair>>(messages: T): T {
  return messages;
}

export type Dictionary = Record<string, MessagePair>;

export function fillMessage(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Chrome/Firefox `_locales/<lang>/messages.json` for a dictionary: `{name}` becomes a named placeholder. */
export function toChromeMessages(dictionary: Dictionary, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, pair] of Object.entries(dictionary)) {
    const names: string[] = [];
    const message = pair[lang].replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_whole, name: string) => {
      if (!names.includes(name)) names.push(name);
      return `$${name.toUpperCase()}$`;
    });
    const entry: Record<string, unknown> = { message };
    if (pair.description) entry.description = pair.description;
    if (names.length > 0) {
      entry.placeholders = Object.fromEntries(
        names.map((name, index) => [name.toLowerCase(), { content: `$${index + 1}` }]),
      );
    }
    out[key] = entry;
  }
  return out;
}
