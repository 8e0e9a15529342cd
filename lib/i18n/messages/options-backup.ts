import { defineMessages } from '../define';

/** Options page: backup, restore and settings. */
export const optionsBackupMessages = defineMessages({
  backupTitle: { en: 'Backup and restore', fr: 'Sauvegarde et restauration' },
  backupIntro: {
    en: 'A backup holds everything Tact stores on this computer: brands, charters, templates, checklist, log and settings.',
    fr: 'Une sauvegarde contient tout ce que Tact garde sur cet ordinateur : marques, chartes, modèles, checklist, journal et réglages.',
  },
  backupExportHeading: { en: 'Save a backup', fr: 'Faire une sauvegarde' },
  backupExport: { en: 'Download a full backup', fr: 'Télécharger une sauvegarde complète' },
  backupExported: {
    en: 'Backup downloaded: {count} records.',
    fr: 'Sauvegarde téléchargée : {count} enregistrements.',
  },
  backupRestoreHeading: { en: 'Restore a backup', fr: 'Restaurer une sauvegarde' },
  backupFileLabel: { en: 'Backup file (.json)', fr: 'Fichier de sauvegarde (.json)' },
  backupReading: { en: 'Checking the file…', fr: 'Vérification du fichier…' },
  backupPreviewCaption: {
    en: 'What the restore will change (backup of {date})',
    fr: 'Ce que la restauration va changer (sauvegarde du {date})',
  },
  backupPreviewWarning: {
    en: 'Restoring replaces everything stored now with the backup. Records marked “removed” will be gone.',
    fr: 'La restauration remplace tout ce qui est enregistré par la sauvegarde. Les éléments « supprimés » disparaîtront.',
  },
  backupColumnTable: { en: 'Data', fr: 'Données' },
  backupColumnAdded: { en: 'Added', fr: 'Ajoutés' },
  backupColumnUpdated: { en: 'Updated', fr: 'Modifiés' },
  backupColumnRemoved: { en: 'Removed', fr: 'Supprimés' },
  backupColumnUnchanged: { en: 'Unchanged', fr: 'Inchangés' },
  backupTableBrands: { en: 'Brands', fr: 'Marques' },
  backupTableCharters: { en: 'Charters', fr: 'Chartes' },
  backupTableTemplates: { en: 'Templates', fr: 'Modèles' },
  backupTableChecklistTasks: { en: 'Checklist tasks', fr: 'Tâches de la checklist' },
  backupTableChecklistCompletions: { en: 'Ticked tasks', fr: 'Tâches cochées' },
  backupTableInteractions: { en: 'Log entries', fr: 'Entrées du journal' },
  backupTableSettings: { en: 'Settings', fr: 'Réglages' },
  backupRestore: { en: 'Restore this backup', fr: 'Restaurer cette sauvegarde' },
  backupRestored: {
    en: 'Backup restored. Everything now matches the file.',
    fr: 'Sauvegarde restaurée. Tout correspond maintenant au fichier.',
  },
  backupRestoreFailed: {
    en: 'The restore failed and nothing was changed: {message}',
    fr: "La restauration a échoué et rien n'a été modifié : {message}",
  },
  backupRefused: {
    en: 'File refused, nothing was changed. {reason}',
    fr: "Fichier refusé, rien n'a été modifié. {reason}",
  },
  backupTooLarge: {
    en: 'The file weighs {size} MB; backups are limited to {limit} MB.',
    fr: 'Le fichier pèse {size} Mo ; les sauvegardes sont limitées à {limit} Mo.',
  },
  backupNotJson: {
    en: 'It is not valid JSON (the file may be truncated): {detail}',
    fr: "Ce n'est pas du JSON valide (le fichier est peut-être tronqué) : {detail}",
  },
  backupNotBackup: {
    en: 'It is not a Tact backup ({detail}).',
    fr: "Ce n'est pas une sauvegarde Tact ({detail}).",
  },
  backupUnknownVersion: {
    en: 'Unknown backup version {version}: this Tact reads version 1.',
    fr: 'Version de sauvegarde inconnue {version} : ce Tact lit la version 1.',
  },
  backupNewerSchema: {
    en: 'The backup comes from a newer Tact (database version {version}): update Tact first.',
    fr: "La sauvegarde vient d'un Tact plus récent (base de données version {version}) : mettez Tact à jour d'abord.",
  },
  backupInvalidRecord: { en: 'Invalid record: {detail}', fr: 'Enregistrement invalide : {detail}' },
  settingsTitle: { en: 'Settings', fr: 'Réglages' },
  settingsRetentionHeading: { en: 'Log retention', fr: 'Conservation du journal' },
  settingsRetentionLabel: {
    en: 'Delete log entries older than (days, 0 keeps everything)',
    fr: 'Supprimer les entrées du journal plus anciennes que (jours, 0 garde tout)',
  },
  settingsRetentionHelp: {
    en: 'Applied automatically every day, and now with the button.',
    fr: 'Appliqué automatiquement chaque jour, et tout de suite avec le bouton.',
  },
  settingsPurgeNow: { en: 'Purge now', fr: 'Purger maintenant' },
  settingsPurged: { en: '{count} log entries deleted.', fr: '{count} entrées du journal supprimées.' },
  settingsPrivacyHeading: { en: 'Privacy', fr: 'Confidentialité' },
  settingsStoreText: {
    en: 'Keep the text of answered comments in the log',
    fr: 'Garder le texte des commentaires traités dans le journal',
  },
  settingsStoreTextHelp: {
    en: 'Off by default: the log then keeps only the link, the clause and the template.',
    fr: 'Désactivé par défaut : le journal ne garde alors que le lien, la clause et le modèle.',
  },
  settingsLanguageHeading: { en: 'Interface language', fr: "Langue de l'interface" },
  settingsPageToolsHeading: { en: 'On the platforms', fr: 'Sur les plateformes' },
  settingsHighlights: { en: 'Highlight risky comments', fr: 'Surligner les commentaires à risque' },
  settingsGuard: { en: 'Check my drafts before I send them', fr: 'Vérifier mes brouillons avant envoi' },
  settingsShortcutLabel: {
    en: 'Shortcut that opens the templates in a reply box',
    fr: 'Raccourci qui ouvre les modèles dans une zone de réponse',
  },
  settingsShortcutHelp: {
    en: 'Modifiers and a key joined by "+", e.g. Alt+Shift+T or Ctrl+;',
    fr: 'Des touches de modification et une touche reliées par « + », par ex. Alt+Shift+T ou Ctrl+;',
  },
  settingsShortcutInvalid: {
    en: '"{value}" is not a shortcut: use Alt, Shift, Ctrl or Meta, then a key, joined by "+".',
    fr: "« {value} » n'est pas un raccourci : utilisez Alt, Shift, Ctrl ou Meta, puis une touche, reliés par « + ».",
  },
  settingsShortcutNeedsModifier: {
    en: 'Add Alt, Ctrl or Meta to the key, or typing in a reply box would open the templates.',
    fr: 'Ajoutez Alt, Ctrl ou Meta à la touche, sinon la saisie dans une zone de réponse ouvrirait les modèles.',
  },
  settingsStarterHeading: { en: 'Starter content', fr: 'Contenu de départ' },
  settingsStarterHelp: {
    en: 'Adds back the starter brand, charter, templates and checklist. “Reset” also puts back the starter items you edited, as they ship.',
    fr: "Rajoute la marque, la charte, les modèles et la checklist de départ. « Réinitialiser » remet aussi dans leur état d'origine les éléments de départ que vous avez modifiés.",
  },
  settingsStarterAddMissing: {
    en: 'Add missing starter content',
    fr: 'Ajouter le contenu de départ manquant',
  },
  settingsStarterReset: { en: 'Reset starter content', fr: 'Réinitialiser le contenu de départ' },
  settingsStarterDone: { en: '{count} starter items restored.', fr: '{count} éléments de départ restaurés.' },
});
