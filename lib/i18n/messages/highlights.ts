import { defineMessages } from '../define';

/** Risk highlights on the platforms' pages: the badge beside a risky comment and its panel. */
export const highlightsMessages = defineMessages({
  highlightsBadgeName: {
    en: 'Tact: {severity} risk, {clauses}',
    fr: 'Tact : risque {severity}, {clauses}',
    description: 'Accessible name of the badge button beside a risky comment',
  },
  highlightsPanelTitle: { en: 'Why Tact flagged this comment', fr: 'Pourquoi Tact signale ce commentaire' },
  highlightsClauseSeverity: { en: 'Severity: {severity}', fr: 'Gravité : {severity}' },
  highlightsWords: { en: 'Words found:', fr: 'Mots relevés :' },
  highlightsRecommended: { en: 'Recommended action:', fr: 'Action recommandée :' },
  highlightsTemplates: { en: 'Approved replies', fr: 'Réponses validées' },
  highlightsNoTemplates: {
    en: 'No approved reply is linked to this clause yet.',
    fr: "Aucune réponse validée n'est encore liée à cette clause.",
  },
  highlightsUseTemplate: { en: 'Reply with “{title}”', fr: 'Répondre avec « {title} »' },
  highlightsInserted: { en: 'Inserted in the reply box', fr: 'Inséré dans la zone de réponse' },
  highlightsCopied: { en: 'Copied', fr: 'Copié' },
  highlightsCopyFailed: {
    en: 'Could not copy the reply; select it below.',
    fr: 'Impossible de copier la réponse ; sélectionnez-la ci-dessous.',
  },
});
