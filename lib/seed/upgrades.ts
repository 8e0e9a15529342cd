/**
 * Changes to the starter charter that must reach charters already stored. The database upgrade and the
 * restore of an older backup both apply them, so a CM who installed an earlier Tact, or restores one of its
 * backups, gets the same protection as a new install. Each change is idempotent, and only touches clauses made
 * from the starter's (same id and category): a CM's own words, exceptions and settings stay as they are.
 */
import type { Charter, Clause, Lang } from '../model';
import { STARTER_TERMS_ADDED_IN_V4 } from '../risk/lexicon/starter/added-in-v4';
import { STARTER_ALLOWED_ADDED_IN_V5, STARTER_TERMS_ADDED_IN_V5 } from '../risk/lexicon/starter/added-in-v5';
import { ADDED_IN_V6, ALLOWED_ADDED_IN_V6 } from '../risk/lexicon/starter/added-in-v6';
import { ADDED_IN_V7, ALLOWED_ADDED_IN_V7 } from '../risk/lexicon/starter/added-in-v7';
import { ADDED_IN_V8, ALLOWED_ADDED_IN_V8 } from '../risk/lexicon/starter/added-in-v8';
import { ADDED_IN_V9, ALLOWED_ADDED_IN_V9 } from '../risk/lexicon/starter/added-in-v9';
import { ADDED_IN_V10, ALLOWED_ADDED_IN_V10 } from '../risk/lexicon/starter/added-in-v10';
import { ADDED_IN_V11, ALLOWED_ADDED_IN_V11 } from '../risk/lexicon/starter/added-in-v11';
import { STARTER_CLAUSES } from './charter';
import { CLAUSE_IDS } from './ids';

const STARTER_CATEGORY = new Map(STARTER_CLAUSES.map((clause) => [clause.id, clause.category]));
const LANGS: Lang[] = ['fr', 'en'];

function isFromStarter(clause: Clause): boolean {
  return STARTER_CATEGORY.get(clause.id) === clause.category;
}

type ByLang = { fr: readonly string[]; en: readonly string[] };

/** The v4 additions, looked up by any clause id. */
const TERMS_ADDED_IN_V4: Readonly<Record<string, ByLang>> = STARTER_TERMS_ADDED_IN_V4;

/**
 * The starter words (`terms`) or allowed phrases (`allowed`) added since, unless the clause holds them already
 * on either side: a CM's exception is never turned back into a term, nor a CM's term into an exception.
 */
function withAdded(clause: Clause, field: 'terms' | 'allowed', added: ByLang): Clause {
  let changed = false;
  const next = { ...clause[field] };
  for (const lang of LANGS) {
    const known = new Set([...clause.terms[lang], ...clause.allowed[lang]].map((t) => t.toLowerCase()));
    const missing = added[lang].filter((item) => !known.has(item.toLowerCase()));
    if (missing.length === 0) continue;
    next[lang] = [...clause[field][lang], ...missing];
    changed = true;
  }
  return changed ? { ...clause, [field]: next } : clause;
}

/**
 * Schema v4: the starter clause on personal data also finds identity numbers (NIR, SSN, NINO), and the starter
 * clauses gain the words and phrases added to the starter charter in this version.
 */
export function upgradeCharterToV4(charter: Charter): Charter {
  let changed = false;
  const clauses = charter.clauses.map((clause) => {
    if (!isFromStarter(clause)) return clause;
    let next = clause;
    if (clause.id === CLAUSE_IDS.personalData && !clause.detectors.includes('id_number'))
      next = { ...next, detectors: [...next.detectors, 'id_number' as const] };
    const added = TERMS_ADDED_IN_V4[clause.id];
    if (added) next = withAdded(next, 'terms', added);
    if (next !== clause) changed = true;
    return next;
  });
  return changed ? { ...charter, clauses } : charter;
}

/** Adds the starter terms and allowed phrases of one version to the clauses made from the starter. */
function withStarterAdditions(
  charter: Charter,
  addedTerms: Readonly<Record<string, ByLang>>,
  addedAllowed: Readonly<Record<string, ByLang>>,
): Charter {
  let changed = false;
  const clauses = charter.clauses.map((clause) => {
    if (!isFromStarter(clause)) return clause;
    let next = clause;
    const terms = addedTerms[clause.id];
    if (terms) next = withAdded(next, 'terms', terms);
    const allowed = addedAllowed[clause.id];
    if (allowed) next = withAdded(next, 'allowed', allowed);
    if (next !== clause) changed = true;
    return next;
  });
  return changed ? { ...charter, clauses } : charter;
}

/**
 * Schema v5: the starter clauses gain the self-harm, threat and crisis phrases added in this version, and the
 * hate clause the ordinary phrases it allows ("pédale de frein", "chink in the armour").
 */
export function upgradeCharterToV5(charter: Charter): Charter {
  return withStarterAdditions(charter, STARTER_TERMS_ADDED_IN_V5, STARTER_ALLOWED_ADDED_IN_V5);
}

/**
 * Schema v6: the starter clauses gain the sexual remarks, self-harm, harassment-campaign, threat, insult and
 * hate phrases added in this version, and the insult and hate clauses the ordinary phrases they allow ("pussy
 * willow", "pain bâtard").
 */
export function upgradeCharterToV6(charter: Charter): Charter {
  return withStarterAdditions(charter, ADDED_IN_V6, ALLOWED_ADDED_IN_V6);
}

/**
 * Schema v7: the starter clauses gain the insults, sexual remarks, hateful phrases and crises added in this
 * version, and the insult clause the ordinary phrases it allows ("spotted dick", "Dick's Sporting Goods").
 */
export function upgradeCharterToV7(charter: Charter): Charter {
  return withStarterAdditions(charter, ADDED_IN_V7, ALLOWED_ADDED_IN_V7);
}

/**
 * Schema v8: the starter clauses gain the sexual remarks about staff, "great replacement" phrases, harassment
 * across accounts, recovery and sugar-daddy scams, recalls, burns and regulators added in this version, and
 * the crisis and spam clauses the ordinary phrases they allow (a film title, a brand's own warnings).
 */
export function upgradeCharterToV8(charter: Charter): Charter {
  return withStarterAdditions(charter, ADDED_IN_V8, ALLOWED_ADDED_IN_V8);
}

/**
 * Schema v9: the starter clauses gain the Québécois and British insults, body shaming, sexual remarks asking minors
 * for pictures, recovery and fake-collab scams and the products that melted or nearly caught fire added in this
 * version, and the insult clause a film title it allows ("Le Dîner de cons").
 */
export function upgradeCharterToV9(charter: Charter): Charter {
  return withStarterAdditions(charter, ADDED_IN_V9, ALLOWED_ADDED_IN_V9);
}

/**
 * Schema v10: the starter clauses gain the Belgian, Indian and Nigerian insults, singular slurs, explicit remarks
 * about staff, and the crises that spread on social media or hurt a child, added in this version, and the
 * customer-care clause the rhetorical questions it allows ("is it just me").
 */
export function upgradeCharterToV10(charter: Charter): Charter {
  return withStarterAdditions(charter, ADDED_IN_V10, ALLOWED_ADDED_IN_V10);
}

/**
 * Schema v11: the starter clause on sexual content also finds a child or a teenager described sexually ("that 13 yr
 * old in the ad is hot af"), a detector of its own; the starter clauses gain the slurs, sexual remarks and crises
 * added in this version, and the spam and insult clauses the ordinary phrases they allow ("je vous écris en MP",
 * "Dumb Ways to Die").
 */
export function upgradeCharterToV11(charter: Charter): Charter {
  let changed = false;
  const clauses = charter.clauses.map((clause) => {
    if (!isFromStarter(clause) || clause.id !== CLAUSE_IDS.sexual) return clause;
    if (clause.detectors.includes('sexualised_minor')) return clause;
    changed = true;
    return { ...clause, detectors: [...clause.detectors, 'sexualised_minor' as const] };
  });
  return withStarterAdditions(
    changed ? { ...charter, clauses } : charter,
    ADDED_IN_V11,
    ALLOWED_ADDED_IN_V11,
  );
}

/** Every upgrade a charter written at `schemaVersion` needs, oldest first. */
export function upgradeCharter(charter: Charter, schemaVersion: number): Charter {
  let upgraded = charter;
  if (schemaVersion < 4) upgraded = upgradeCharterToV4(upgraded);
  if (schemaVersion < 5) upgraded = upgradeCharterToV5(upgraded);
  if (schemaVersion < 6) upgraded = upgradeCharterToV6(upgraded);
  if (schemaVersion < 7) upgraded = upgradeCharterToV7(upgraded);
  if (schemaVersion < 8) upgraded = upgradeCharterToV8(upgraded);
  if (schemaVersion < 9) upgraded = upgradeCharterToV9(upgraded);
  if (schemaVersion < 10) upgraded = upgradeCharterToV10(upgraded);
  if (schemaVersion < 11) upgraded = upgradeCharterToV11(upgraded);
  return upgraded;
}
