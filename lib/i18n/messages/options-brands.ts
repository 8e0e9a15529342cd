import { defineMessages } from '../define';

/** Options page: brands. */
export const optionsBrandsMessages = defineMessages({
  brandsTitle: { en: 'Brands', fr: 'Marques' },
  brandsIntro: {
    en: 'Each brand has its own charter, templates, signature and the pages it owns.',
    fr: 'Chaque marque a sa charte, ses modèles, sa signature et les pages qui lui appartiennent.',
  },
  brandsNew: { en: 'New brand', fr: 'Nouvelle marque' },
  brandsEditorNew: { en: 'New brand', fr: 'Nouvelle marque' },
  brandsEditorEdit: { en: 'Edit brand', fr: 'Modifier la marque' },
  brandsFieldName: { en: 'Name', fr: 'Nom' },
  brandsFieldSignature: { en: 'Signature', fr: 'Signature' },
  brandsFieldLanguage: { en: 'Main language', fr: 'Langue principale' },
  brandsFieldPages: {
    en: 'Owned pages, one URL pattern per line (* matches anything)',
    fr: 'Pages de la marque, un motif d’adresse par ligne (* remplace n’importe quoi)',
  },
  brandsPagesExample: {
    en: 'e.g. https://x.com/mybrand* or *facebook.com/mybrand*',
    fr: 'ex. https://x.com/mamarque* ou *facebook.com/mamarque*',
  },
  brandsNewCharterNote: {
    en: 'A new brand starts with its own copy of the starter charter.',
    fr: 'Une nouvelle marque démarre avec sa propre copie de la charte de départ.',
  },
  brandsColumnPages: { en: 'Owned pages', fr: 'Pages' },
  brandsActive: { en: 'Active brand', fr: 'Marque active' },
  brandsIsActive: { en: 'Active', fr: 'Active' },
  brandsMakeActive: { en: 'Make {name} the active brand', fr: 'Faire de {name} la marque active' },
  brandsEditOf: { en: 'Edit {name}', fr: 'Modifier {name}' },
  brandsDeleteOf: { en: 'Delete {name}', fr: 'Supprimer {name}' },
  brandsDeleted: {
    en: 'Brand “{name}” deleted with its charter, templates and checklist tasks.',
    fr: 'Marque « {name} » supprimée avec sa charte, ses modèles et ses tâches.',
  },
  brandsRestored: { en: 'Brand “{name}” restored.', fr: 'Marque « {name} » rétablie.' },
  brandsSaved: { en: 'Brand “{name}” saved.', fr: 'Marque « {name} » enregistrée.' },
  brandsLastOne: { en: 'Tact needs at least one brand.', fr: 'Tact a besoin d’au moins une marque.' },
  brandsWhereHeading: { en: 'Which brand is active where', fr: 'Quelle marque est active où' },
  brandsWhereExplain: {
    en: 'On a page that a brand owns (its URL patterns), that brand is used; when several match, the longest pattern wins. Everywhere else, the active brand is used.',
    fr: 'Sur une page qui appartient à une marque (ses motifs d’adresse), c’est cette marque qui s’applique ; si plusieurs correspondent, le motif le plus long l’emporte. Partout ailleurs, c’est la marque active.',
  },
  brandsTestUrl: { en: 'Try a page address', fr: 'Essayer une adresse de page' },
  brandsTestResultOwned: {
    en: 'On this page: {name} (it owns the page).',
    fr: 'Sur cette page : {name} (la page lui appartient).',
  },
  brandsTestResultActive: {
    en: 'On this page: {name} (the active brand).',
    fr: 'Sur cette page : {name} (la marque active).',
  },
  brandsCharterOf: { en: 'Charter of {name}', fr: 'Charte de {name}' },
});
