import { defineMessages } from '../define';

/** Strings of the reply-box overlay: template picker, pre-send guard, insertion notices. */
export const composerMessages = defineMessages({
  composerInsertTemplate: {
    en: 'Insert template',
    fr: 'Insérer un modèle',
    description: 'Button beside a reply box',
  },
  composerTemplates: { en: 'Templates', fr: 'Modèles', description: 'Name of the template picker dialog' },
  composerSearch: { en: 'Search templates', fr: 'Rechercher un modèle' },
  composerSearchPlaceholder: {
    en: 'Title, words, tag or ;shortcut',
    fr: 'Titre, mots, étiquette ou ;raccourci',
  },
  composerTemplateList: { en: 'Matching templates', fr: 'Modèles correspondants' },
  composerNoMatch: { en: 'No template matches “{query}”.', fr: 'Aucun modèle ne correspond à « {query} ».' },
  composerNoTemplates: {
    en: 'No templates yet: add some in Tact’s options.',
    fr: 'Aucun modèle pour l’instant : ajoutez-en dans les options de Tact.',
  },
  composerPreview: { en: 'Preview', fr: 'Aperçu' },
  composerSuggested: { en: 'Suggested for this comment', fr: 'Suggéré pour ce commentaire' },
  composerUnknownVariables: {
    en: 'Unknown variables left as they are: {names}',
    fr: 'Variables inconnues laissées telles quelles : {names}',
  },
  composerMissingValues: {
    en: 'Nothing on this page for: {names}',
    fr: 'Rien sur cette page pour : {names}',
  },
  composerLength: { en: '{length} / {limit} characters', fr: '{length} / {limit} caractères' },
  composerTooLong: {
    en: '{length} characters: over the {limit}-character limit of {platform}',
    fr: '{length} caractères : au-delà de la limite de {limit} caractères de {platform}',
  },
  composerKeysHint: {
    en: '↑ ↓ to choose · Enter to insert · Esc to close · {shortcut} opens this list',
    fr: '↑ ↓ pour choisir · Entrée pour insérer · Échap pour fermer · {shortcut} ouvre cette liste',
  },
  composerInsertFailed: {
    en: 'Tact could not insert the template into this box. Nothing was changed.',
    fr: 'Tact n’a pas pu insérer le modèle dans cette zone. Rien n’a été modifié.',
  },
  composerInsertGarbled: {
    en: 'This box changed the template while inserting it: check the text before sending.',
    fr: 'Cette zone a modifié le modèle pendant l’insertion : vérifiez le texte avant d’envoyer.',
  },
  composerGuardLabel: { en: 'Before you send', fr: 'Avant d’envoyer' },
  composerGuardFinding: { en: '“{words}”: {clause}', fr: '« {words} » : {clause}' },
  composerGuardNote: {
    en: 'A warning only: you can still send.',
    fr: 'Simple avertissement : vous pouvez envoyer quand même.',
  },
});
