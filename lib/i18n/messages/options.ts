import { defineMessages } from '../define';
import { optionsBackupMessages } from './options-backup';
import { optionsBrandsMessages } from './options-brands';
import { optionsCharterMessages } from './options-charter';
import { optionsChecklistMessages } from './options-checklist';
import { optionsLogMessages } from './options-log';
import { optionsTemplatesMessages } from './options-templates';

/** The options page's frame and the pieces its sections share. */
const optionsShellMessages = defineMessages({
  optPageTitle: { en: 'Tact — workshop', fr: 'Tact — atelier' },
  optTagline: {
    en: 'Templates, charter, brands, routine and reports',
    fr: 'Modèles, charte, marques, routine et rapports',
  },
  optNavLabel: { en: 'Sections', fr: 'Rubriques' },
  optNavTemplates: { en: 'Templates', fr: 'Modèles' },
  optNavCharter: { en: 'Charter', fr: 'Charte' },
  optNavBrands: { en: 'Brands', fr: 'Marques' },
  optNavChecklist: { en: 'Checklist', fr: 'Checklist' },
  optNavLog: { en: 'Log', fr: 'Journal' },
  optNavReports: { en: 'Reports', fr: 'Rapports' },
  optNavBackup: { en: 'Backup and restore', fr: 'Sauvegarde et restauration' },
  optNavSettings: { en: 'Settings', fr: 'Réglages' },
  optAllBrands: { en: 'All brands', fr: 'Toutes les marques' },
  optAnyValue: { en: 'Any', fr: 'Tous' },
  optBrand: { en: 'Brand', fr: 'Marque' },
  optLanguage: { en: 'Language', fr: 'Langue' },
  optEdit: { en: 'Edit', fr: 'Modifier' },
  optDuplicate: { en: 'Duplicate', fr: 'Dupliquer' },
  optCreate: { en: 'Create', fr: 'Créer' },
  optSaved: { en: 'Saved.', fr: 'Enregistré.' },
  optNone: { en: 'None', fr: 'Aucun' },
  optFrom: { en: 'From', fr: 'Du' },
  optTo: { en: 'To', fr: 'Au' },
  optPlatform: { en: 'Platform', fr: 'Plateforme' },
  optPlatformOther: { en: 'Other sites', fr: 'Autres sites' },
  optClause: { en: 'Clause', fr: 'Clause' },
  optTemplate: { en: 'Template', fr: 'Modèle' },
  optAction: { en: 'Action', fr: 'Action' },
  optNoBrandYet: {
    en: 'No brand yet: create one in Brands.',
    fr: 'Aucune marque pour le moment : créez-en une dans Marques.',
  },
});

/** Every string of the options page; each section keeps its own file. */
export const optionsMessages = {
  ...optionsShellMessages,
  ...optionsTemplatesMessages,
  ...optionsBackupMessages,
  ...optionsBrandsMessages,
  ...optionsCharterMessages,
  ...optionsChecklistMessages,
  ...optionsLogMessages,
};
