export { backupFileName, exportBackup, serializeBackup } from './export';
export * from './format';
export { previewRestore, type RestorePreview, restoreBackup, sameValue, type TableChange } from './restore';
export { type BackupProblem, describeBackupProblem, parseBackupText, validateBackup } from './validate';
