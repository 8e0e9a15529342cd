import { defineMessages } from '../define';

/** Strings of the manifest and those shared by every surface. */
export const coreMessages = defineMessages({
  extName: { en: 'Tact', fr: 'Tact', description: 'Name of the extension' },
  extDescription: {
    en: "Your brand's moderation charter, approved replies and daily checklist, right on the social platforms.",
    fr: 'La charte de modération, les réponses validées et la checklist du jour de votre marque, sur les réseaux sociaux.',
  },
  commandOpenTemplates: {
    en: 'Open the templates in the focused reply box',
    fr: 'Ouvrir les modèles dans la zone de réponse active',
  },
  severityNone: { en: 'None', fr: 'Aucun' },
  severityLow: { en: 'Low', fr: 'Faible' },
  severityMedium: { en: 'Medium', fr: 'Moyen' },
  severityHigh: { en: 'High', fr: 'Élevé' },
  severityCritical: { en: 'Critical', fr: 'Critique' },
  actionReply: { en: 'Reply publicly', fr: 'Répondre publiquement' },
  actionReplyPrivate: { en: 'Move to private messages', fr: 'Passer en message privé' },
  actionHide: { en: 'Hide the comment', fr: 'Masquer le commentaire' },
  actionDelete: { en: 'Delete the comment', fr: 'Supprimer le commentaire' },
  actionReport: { en: 'Report to the platform', fr: 'Signaler à la plateforme' },
  actionBan: { en: 'Ban the author', fr: "Bannir l'auteur" },
  actionEscalate: { en: 'Escalate to your manager', fr: 'Alerter votre responsable' },
  actionMonitor: { en: 'Keep an eye on it', fr: 'Surveiller' },
  languageAuto: { en: 'Browser language', fr: 'Langue du navigateur' },
  languageFr: { en: 'French', fr: 'Français' },
  languageEn: { en: 'English', fr: 'Anglais' },
  save: { en: 'Save', fr: 'Enregistrer' },
  cancel: { en: 'Cancel', fr: 'Annuler' },
  delete: { en: 'Delete', fr: 'Supprimer' },
  undo: { en: 'Undo', fr: 'Annuler' },
  close: { en: 'Close', fr: 'Fermer' },
  loading: { en: 'Loading…', fr: 'Chargement…' },
  errorGeneric: { en: 'Something went wrong: {message}', fr: 'Un problème est survenu : {message}' },
});
