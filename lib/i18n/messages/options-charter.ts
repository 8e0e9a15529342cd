import { defineMessages } from '../define';

/** Options page: the charter, its clauses, the test bench and charter packs. */
export const optionsCharterMessages = defineMessages({
  charterTitle: { en: 'Charter', fr: 'Charte' },
  charterIntro: {
    en: 'The rules Tact applies to comments: what to flag, how serious it is, what to do, and which replies fit.',
    fr: 'Les règles que Tact applique aux commentaires : quoi signaler, avec quelle gravité, que faire, et quelles réponses conviennent.',
  },
  charterBrand: { en: 'Charter of the brand', fr: 'Charte de la marque' },
  charterMissing: {
    en: 'This brand’s charter is missing: restore the starter content in Settings.',
    fr: 'La charte de cette marque est introuvable : restaurez le contenu de départ dans Réglages.',
  },
  charterClausesHeading: { en: 'Clauses', fr: 'Clauses' },
  charterClauseOff: { en: 'off', fr: 'désactivée' },
  charterEnabled: { en: 'Clause on', fr: 'Clause active' },
  charterSeverity: { en: 'Severity', fr: 'Gravité' },
  charterAction: { en: 'Recommended action', fr: 'Action recommandée' },
  charterTerms: { en: 'Words and phrases ({lang})', fr: 'Mots et expressions ({lang})' },
  charterAllowed: { en: 'Exceptions, never flagged ({lang})', fr: 'Exceptions, jamais signalées ({lang})' },
  charterAddTerm: { en: 'Add to {list}', fr: 'Ajouter à {list}' },
  charterAdd: { en: 'Add', fr: 'Ajouter' },
  charterRemoveTerm: { en: 'Remove {term}', fr: 'Retirer {term}' },
  charterNoTerms: { en: 'None yet.', fr: 'Aucun pour le moment.' },
  charterTermWarnings: {
    en: 'Terms that will not match as written',
    fr: 'Termes qui ne seront pas repérés tels quels',
  },
  charterTermNothing: {
    en: 'Tact reads nothing in “{term}”: it will never match.',
    fr: 'Tact ne lit rien dans « {term} » : ce terme ne sera jamais repéré.',
  },
  charterTermTooShort: {
    en: '“{term}” is a single letter once dodges are undone: Tact ignores it, or it would match everywhere.',
    fr: '« {term} » se réduit à une seule lettre une fois les contournements défaits : Tact l’ignore, sinon il serait repéré partout.',
  },
  charterTermTooLong: {
    en: '“{term}” is longer than 200 characters: Tact ignores it.',
    fr: '« {term} » dépasse 200 caractères : Tact l’ignore.',
  },
  charterTermIgnored: {
    en: 'Tact does not read {characters} in “{term}”: the term matches as if they were not there.',
    fr: 'Tact ne lit pas {characters} dans « {term} » : le terme est repéré comme s’ils n’y étaient pas.',
  },
  charterDetectors: { en: 'Built-in detectors: {list}', fr: 'Détecteurs intégrés : {list}' },
  detectorEmail: { en: 'email addresses', fr: 'adresses e-mail' },
  detectorPhone: { en: 'phone numbers', fr: 'numéros de téléphone' },
  detectorAddress: { en: 'postal addresses', fr: 'adresses postales' },
  detectorIban: { en: 'IBANs and UK sort codes', fr: 'IBAN et sort codes britanniques' },
  detectorCard: { en: 'card numbers', fr: 'numéros de carte bancaire' },
  detectorIdNumber: {
    en: 'identity numbers (social security, National Insurance, passport, NRIC, SIN, Aadhaar)',
    fr: 'numéros d’identité (sécurité sociale, National Insurance, passeport, NRIC, NAS, Aadhaar)',
  },
  detectorLink: { en: 'links and shorteners', fr: 'liens et raccourcisseurs' },
  detectorOffplatform: {
    en: 'contact-me-elsewhere and easy-money scams, crypto wallet addresses',
    fr: 'arnaques « contactez-moi ailleurs » et argent facile, adresses de portefeuilles crypto',
  },
  detectorShouting: { en: 'shouting (capitals)', fr: 'cris (majuscules)' },
  detectorThreat: { en: 'threat phrases', fr: 'phrases de menace' },
  detectorSelfHarm: { en: 'distress phrases', fr: 'phrases de détresse' },
  detectorCrisis: {
    en: 'crisis signals (lawsuit, boycott, refund, safety, press)',
    fr: 'signaux de crise (plainte, boycott, remboursement, sécurité, presse)',
  },
  detectorCustomerCare: { en: 'customer-care requests', fr: 'demandes de service client' },
  detectorHateStatement: {
    en: 'hostile statements about groups',
    fr: 'propos hostiles envers des groupes',
  },
  detectorHarassment: { en: 'degrading phrases aimed at someone', fr: 'propos dégradants visant quelqu’un' },
  detectorSexualisedMinor: {
    en: 'a child or teenager described sexually',
    fr: 'un enfant ou un adolescent décrit de façon sexuelle',
  },
  charterLinkedTemplates: {
    en: 'Approved replies for this clause',
    fr: 'Réponses validées pour cette clause',
  },
  charterNoTemplates: { en: 'No template yet.', fr: 'Aucun modèle pour le moment.' },
  charterSaved: { en: 'Charter saved.', fr: 'Charte enregistrée.' },
  charterBenchHeading: { en: 'Test bench', fr: 'Banc d’essai' },
  charterBenchLabel: {
    en: 'Comments to test, one per line',
    fr: 'Commentaires à tester, un par ligne',
  },
  charterBenchHelp: {
    en: 'Findings are highlighted as on the platforms’ pages, with this charter as it is now.',
    fr: 'Les problèmes sont surlignés comme sur les pages des plateformes, avec cette charte telle qu’elle est.',
  },
  charterBenchResults: { en: 'Results', fr: 'Résultats' },
  charterBenchClean: { en: 'Nothing to flag', fr: 'Rien à signaler' },
  charterBenchLowered: {
    en: 'Not counted (quoted, denied or condemned): {words}',
    fr: 'Non compté (cité, nié ou condamné) : {words}',
  },
  charterPackHeading: { en: 'Charter packs', fr: 'Packs de charte' },
  charterPackHelp: {
    en: 'Share a charter between computers or colleagues. Importing replaces the clauses of this brand’s charter.',
    fr: 'Partagez une charte entre ordinateurs ou collègues. L’import remplace les clauses de la charte de cette marque.',
  },
  charterPackExport: { en: 'Download the charter pack', fr: 'Télécharger le pack de charte' },
  charterPackFile: { en: 'Charter pack to import (.json)', fr: 'Pack de charte à importer (.json)' },
  charterPackImported: {
    en: 'Charter pack imported: {count} clauses.',
    fr: 'Pack de charte importé : {count} clauses.',
  },
  charterPackRefused: {
    en: 'Charter pack refused, nothing was changed. {reason}',
    fr: 'Pack de charte refusé, rien n’a été modifié. {reason}',
  },
  charterPackTooLarge: { en: 'The file is larger than 5 MB.', fr: 'Le fichier dépasse 5 Mo.' },
});
