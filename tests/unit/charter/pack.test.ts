import {
  CHARTER_PACK_FORMAT,
  exportCharterPack,
  MAX_PACK_LENGTH,
  parseCharterPack,
} from '@/lib/charter/pack';
import { starterCharter } from '@/lib/seed/charter';

const pack = (charter: unknown, version: unknown = 1) =>
  JSON.stringify({ format: CHARTER_PACK_FORMAT, version, charter });

describe('charter packs', () => {
  it('round-trips the starter charter', () => {
    const charter = starterCharter(1700000000000, 'brand_1');
    const parsed = parseCharterPack(exportCharterPack(charter));
    expect(parsed).toEqual({ ok: true, charter });
  });

  it.each([
    ['bad JSON', '{"format": "tact-charter-pack",', /not valid JSON/],
    ['not a pack', JSON.stringify({ hello: 'world' }), /format: expected "tact-charter-pack"/],
    ['an unknown version', pack(starterCharter(0, null), 2), /version: unknown pack version 2/],
    [
      'a missing version',
      JSON.stringify({ format: CHARTER_PACK_FORMAT, charter: {} }),
      /version: unknown pack version/,
    ],
  ])('rejects %s', (_name, json, message) => {
    const result = parseCharterPack(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.message.fr.length).toBeGreaterThan(0);
    }
  });

  it('names the field that has the wrong type', () => {
    const charter = starterCharter(0, null) as unknown as { clauses: Array<Record<string, unknown>> };
    charter.clauses[2]!.severity = 'extreme';
    const result = parseCharterPack(pack(charter));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^charter\.clauses\[2\]\.severity/);

    const wrongTerms = starterCharter(0, null) as unknown as { clauses: Array<{ terms: { fr: unknown } }> };
    wrongTerms.clauses[0]!.terms.fr = 'connard';
    const second = parseCharterPack(pack(wrongTerms));
    expect(!second.ok && second.error).toMatch(/^charter\.clauses\[0\]\.terms\.fr/);
  });

  it('rejects duplicate clause ids and oversized input', () => {
    const charter = starterCharter(0, null);
    charter.clauses.push(structuredClone(charter.clauses[0]!));
    const duplicate = parseCharterPack(pack(charter));
    expect(!duplicate.ok && duplicate.error).toMatch(/duplicate clause id/);
    const huge = parseCharterPack(' '.repeat(MAX_PACK_LENGTH + 1));
    expect(!huge.ok && huge.error).toMatch(/too large/);
  });
});
