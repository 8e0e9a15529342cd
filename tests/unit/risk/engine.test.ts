import { compileCharter, defaultCompiledCharter, detectLanguage, scanText } from '@/lib/risk';
import { deserializeCompiled, serializeCompiled } from '@/lib/risk/serialize';
import { STARTER_CLAUSES } from '@/lib/seed/charter';

const compiled = defaultCompiledCharter();
const scan = (text: string) => scanText(compiled, text);

/** The original substrings the verdict highlights for a rule. */
function highlighted(text: string, rule: string): string[] {
  return scan(text)
    .spans.filter((s) => s.rule === rule)
    .map((s) => text.slice(s.start, s.end));
}

describe('insults and their dodges', () => {
  it.each([
    ['plain', 'Vous êtes des connards', 'connards'],
    ['upper case', 'CONNARD', 'CONNARD'],
    ['accents', 'espèce d’enculé', 'enculé'],
    ['leetspeak', 'quel c0nn@rd', 'c0nn@rd'],
    ['dollar and digits', 'you $h1t', '$h1t'],
    ['exclamation mark inside', 'sh!t happens', 'sh!t'],
    ['stretched letters', 'connnnnnard', 'connnnnnard'],
    ['spaced letters', 'c o n n a r d !', 'c o n n a r d'],
    ['dotted letters', 'c.o.n.n.a.r.d', 'c.o.n.n.a.r.d'],
    ['dashed letters', 'f-u-c-k off', 'f-u-c-k'],
    ['masked letter', 'f*ck this', 'f*ck'],
    ['masked letters', 'c**nard', 'c**nard'],
    ['zero-width space', 'con\u200Bnard', 'con\u200Bnard'],
    ['soft hyphen and joiner', 'con\u00ADna\u200Drd', 'con\u00ADna\u200Drd'],
    ['Cyrillic look-alikes', 'соnnаrd', 'соnnаrd'],
    ['Greek look-alikes', 'ιdιοt', 'ιdιοt'],
    ['fullwidth letters', 'ｃｏｎｎａｒｄ', 'ｃｏｎｎａｒｄ'],
    ['mathematical letters', '𝐢𝐝𝐢𝐨𝐭', '𝐢𝐝𝐢𝐨𝐭'],
  ])('%s: finds the insult and highlights exactly it', (_name, text, expected) => {
    const verdict = scan(text);
    expect(verdict.severity).toBe('high');
    expect(highlighted(text, 'insult')).toContain(expected);
  });

  it('finds multi-word insults and keeps the longest phrase', () => {
    expect(highlighted('ferme ta gueule fils de pute', 'insult')).toEqual([
      'ferme ta gueule',
      'fils de pute',
    ]);
  });

  it.each([
    'technique',
    'unique',
    'fichier',
    'député',
    'réputation',
    'culture',
    'calcul',
    'conduite',
    'concours',
    'classe',
    'Scunthorpe',
    'cocktail',
    'assessment',
    'therapist',
    'constitution',
    'passage',
    'analyse',
    'Dickens',
    'il est en retard',
    'pros and cons',
    'un cul-de-sac',
    'on s’attarde sur les détails',
    'il y a un concert',
  ])('leaves "%s" clean', (text) => {
    expect(scan(text).severity).toBe('none');
  });

  it('does not join ordinary short words into a bad word', () => {
    expect(scan('il y a con cert ce soir').spans.map((s) => s.rule)).not.toContain('hate');
    expect(scan('Il y a un souci').severity).toBe('none');
  });

  it("treats French elisions as word boundaries (l', d', qu', t', j')", () => {
    for (const text of ["l'enculé", "d'enculé", "qu'enculé", "t'es un connard", "j'emmerde ce connard"]) {
      expect(scan(text).rules).toContain('insult');
    }
    expect(highlighted("c'est l'enculé du quartier", 'insult')).toEqual(['enculé']);
  });

  it('gives offsets into the original text, before folding', () => {
    const text = '👋🏽 Salut\u200B ! t’es un CONNNNARD 😡 et un c0nn@rd';
    const spans = scan(text).spans;
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['CONNNNARD', 'c0nn@rd']);
    for (const span of spans) expect(span.rule).toBe('insult');
  });
});

describe('hashtags written in camel case', () => {
  it.each([
    ['#IHateMuslims', 'hate', 'IHateMuslims'],
    ['#KillAllJews', 'hate', 'KillAllJews'],
    ['#MortAuxJuifs', 'hate', 'MortAuxJuifs'],
    ['#FuckTheSteelers', 'insult', 'Fuck'],
  ])('reads %s word by word', (text, rule, span) => {
    expect(highlighted(text, rule)).toEqual([span]);
  });

  it.each([
    '#BlackLivesMatter',
    '#BalanceTonPorc',
    '#WomenInTech',
    '#GayPride',
    '#JeSuisCharlie',
    '#iPhone15',
  ])('leaves %s alone', (text) => {
    expect(scan(text).severity).toBe('none');
  });

  it('splits only hashtags: a mention or a name in camel case stays one word', () => {
    expect(scan('@DickSmithPlumbing thanks for the quick fix').severity).toBe('none');
    expect(scan('Bought it at DickSmith yesterday').severity).toBe('none');
  });
});

describe('slips of the keyboard in slurs and group names', () => {
  it.each([
    ['two letters swapped', 'I hate Mulsims.'],
    ['a letter left out', 'I hate Muslms.'],
    ['two letters swapped, in French', 'Je déteste les musulamns'],
    ['a slipped group in a call for violence', 'Immigrnats should be deported'],
    ['a swap one step before the walk stops', 'I hate Chrsitians'],
  ])('flags hate with %s', (_name, text) => {
    expect(scan(text).rules).toContain('hate');
  });

  it.each([
    ['a word one slip from an insult', 'de tous ordres'],
    ['a name one slip from an insult', 'Nick Conrad est là'],
    ['a country one letter short of a slur', 'I travel to Niger'],
    ['a slipped group name said kindly', 'I love Mulsims and their food'],
    ['a different ending', 'I travel a lot'],
  ])('leaves %s alone', (_name, text) => {
    expect(scan(text).severity).toBe('none');
  });

  it('survives the copy a tab gets from the background', () => {
    const copy = deserializeCompiled(serializeCompiled(compiled));
    expect(scanText(copy, 'I hate Muslms.')).toEqual(scan('I hate Muslms.'));
  });
});

describe('lowering cues', () => {
  it.each([
    "t'es pas con",
    "tu n'es pas un connard",
    "you're not an idiot",
    'Calling someone a faggot is unacceptable',
    "'connard' est une insulte",
    'Arrêtez de dire « connard » aux arbitres',
    'Il m’a traité de connard devant tout le monde',
    'I will not kill you',
    'je vais pas te tuer',
    'je veux mourir de rire',
  ])('"%s" is lowered to none, the finding kept and marked', (text) => {
    const verdict = scan(text);
    expect(verdict.severity).toBe('none');
    expect(verdict.rules).toEqual([]);
    expect(verdict.spans).toEqual([]);
    expect(verdict.findings.length).toBeGreaterThan(0);
    expect(verdict.findings.every((f) => f.lowered)).toBe(true);
  });

  it('keeps an insult that a negation elsewhere does not touch', () => {
    expect(scan("Ce n'est pas normal, bande de connards").severity).toBe('high');
  });
});

describe('verdict', () => {
  it('orders rules by severity and names the clause of each span', () => {
    const verdict = scan('connard, je vais te tuer');
    expect(verdict.severity).toBe('critical');
    expect(verdict.rules).toEqual(['threat', 'insult']);
    const finding = verdict.findings.find((f) => f.rule === 'threat')!;
    expect(finding).toMatchObject({ clauseId: 'threat', category: 'threat', severity: 'critical' });
  });

  it('returns none for clean text and for empty text', () => {
    expect(scan('Merci pour votre réponse rapide, très bon produit !')).toMatchObject({
      severity: 'none',
      rules: [],
    });
    expect(scan('')).toMatchObject({ severity: 'none', rules: [], spans: [], findings: [] });
  });

  it('detects French and English', () => {
    expect(detectLanguage('Bonjour, je voudrais savoir où est ma commande')).toBe('fr');
    expect(detectLanguage('Hello, I would like to know where my order is')).toBe('en');
    expect(scan('you are such a retard').lang).toBe('en');
  });

  it('counts a word that is ordinary in the other language only in its own', () => {
    expect(scan('il est en retard').severity).toBe('none');
    expect(scan('you are a retard').rules).toContain('insult');
    expect(scan('quel con ce mec').rules).toContain('insult');
    expect(scan('the pros and cons of it').severity).toBe('none');
    expect(scanText(compiled, 'quel con', { lang: 'en' }).severity).toBe('none');
  });
});

describe('charter overrides', () => {
  const clone = () => structuredClone(STARTER_CLAUSES);

  it('honours an added term, a removed term and an allowed word', () => {
    const clauses = clone();
    const insult = clauses.find((c) => c.id === 'insult')!;
    insult.terms.fr.push('tête de linotte');
    insult.terms.fr = insult.terms.fr.filter((t) => t !== 'connard');
    insult.allowed.en.push('stupid cupid');
    const custom = compileCharter(clauses);
    expect(scanText(custom, 'quelle tête de linotte').rules).toEqual(['insult']);
    expect(scanText(custom, 'connard').severity).toBe('none');
    expect(scanText(custom, 'stupid cupid is a song').severity).toBe('none');
    expect(scanText(custom, 'stupid').severity).toBe('high');
  });

  it('honours a changed severity and a disabled clause', () => {
    const clauses = clone();
    clauses.find((c) => c.id === 'insult')!.severity = 'low';
    clauses.find((c) => c.id === 'personal_data')!.enabled = false;
    const custom = compileCharter({ clauses });
    expect(scanText(custom, 'connard').severity).toBe('low');
    expect(scanText(custom, 'écris-moi à jean.dupont@gmail.com').rules).not.toContain('personal_data');
  });

  it('treats user terms as literal text, never as patterns', () => {
    const clauses = clone();
    clauses.find((c) => c.id === 'spam')!.terms.en.push('(a+)+$', '.*', '[x]');
    const custom = compileCharter(clauses);
    expect(scanText(custom, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!').severity).toBe('none');
    expect(scanText(custom, 'anything at all').rules).not.toContain('spam');
  });

  it('matches a term ending with * as a word start', () => {
    const clauses = clone();
    clauses.find((c) => c.id === 'insult')!.terms.fr.push('trouill*');
    const custom = compileCharter(clauses);
    expect(scanText(custom, 'quel trouillard').rules).toEqual(['insult']);
  });

  it('compiles an empty or odd charter without throwing', () => {
    expect(scanText(compileCharter([]), 'connard').severity).toBe('none');
    expect(scanText(compileCharter({ clauses: [] }), '').severity).toBe('none');
  });
});
