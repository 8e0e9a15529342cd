/**
 * Charter packs: a charter as a JSON file that a CM can share between brands or colleagues.
 * `{ "format": "tact-charter-pack", "version": 1, "charter": { … } }`, validated with CharterSchema.
 */
import { type Charter, CharterSchema, describeZodError } from '../model';

export const CHARTER_PACK_FORMAT = 'tact-charter-pack';
export const CHARTER_PACK_VERSION = 1;
/** A pack holds words, not media: anything larger is not a charter. */
export const MAX_PACK_LENGTH = 2_000_000;

export type CharterPackResult =
  | { ok: true; charter: Charter }
  | { ok: false; error: string; message: { en: string; fr: string } };

export function exportCharterPack(charter: Charter): string {
  return JSON.stringify({ format: CHARTER_PACK_FORMAT, version: CHARTER_PACK_VERSION, charter }, null, 2);
}

function fail(en: string, fr: string): CharterPackResult {
  return { ok: false, error: en, message: { en, fr } };
}

export function parseCharterPack(json: string): CharterPackResult {
  if (typeof json !== 'string') return fail('the pack is not text', 'le pack n’est pas du texte');
  if (json.length > MAX_PACK_LENGTH) {
    return fail(
      `the pack is too large (${json.length} characters, at most ${MAX_PACK_LENGTH})`,
      `le pack est trop volumineux (${json.length} caractères, ${MAX_PACK_LENGTH} au plus)`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`the pack is not valid JSON: ${detail}`, `le pack n’est pas du JSON valide : ${detail}`);
  }
  const envelope =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  if (envelope.format !== CHARTER_PACK_FORMAT) {
    return fail(
      `format: expected "${CHARTER_PACK_FORMAT}" (not a Tact charter pack)`,
      `format : "${CHARTER_PACK_FORMAT}" attendu (ce n’est pas un pack de charte Tact)`,
    );
  }
  if (envelope.version !== CHARTER_PACK_VERSION) {
    const seen = JSON.stringify(envelope.version) ?? 'missing';
    return fail(
      `version: unknown pack version ${seen} (this Tact reads version ${CHARTER_PACK_VERSION})`,
      `version : version de pack inconnue ${seen} (ce Tact lit la version ${CHARTER_PACK_VERSION})`,
    );
  }
  const parsed = CharterSchema.safeParse(envelope.charter);
  if (!parsed.success) {
    const where = describeZodError(parsed.error, 'charter');
    return fail(where, `champ invalide — ${where}`);
  }
  const seen = new Set<string>();
  for (const [index, clause] of parsed.data.clauses.entries()) {
    if (seen.has(clause.id)) {
      return fail(
        `charter.clauses[${index}].id: duplicate clause id "${clause.id}"`,
        `charter.clauses[${index}].id : identifiant de clause en double « ${clause.id} »`,
      );
    }
    seen.add(clause.id);
  }
  return { ok: true, charter: parsed.data };
}
