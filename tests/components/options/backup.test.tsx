import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BackupSection } from '@/entrypoints/options/sections/BackupSection';
import { TemplatesSection } from '@/entrypoints/options/sections/TemplatesSection';
import { exportBackup, serializeBackup } from '@/lib/backup';
import { getDb } from '@/lib/db/database';
import { readRevision } from '@/lib/revision';
import { populate, template } from '../../unit/backup/sample';
import { captureDownloads, renderInPage } from './render';

function jsonFile(content: string, name = 'backup.json') {
  return new File([content], name, { type: 'application/json' });
}

describe('Backup section', () => {
  it('downloads a full backup as JSON', async () => {
    await populate(getDb());
    const downloads = captureDownloads();
    const { user } = renderInPage(<BackupSection />);
    await user.click(screen.getByRole('button', { name: 'Download a full backup' }));
    await screen.findByText(/Backup downloaded: 9 records/);
    expect(downloads.files).toHaveLength(1);
    expect(downloads.files[0]?.name).toMatch(/^tact-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse((await downloads.files[0]?.text()) ?? '');
    expect(saved.format).toBe('tact-backup');
    expect(saved.data.templates).toHaveLength(2);
  });

  it('previews a restore, then replaces the data with the file', async () => {
    const db = getDb();
    await populate(db);
    const backup = await exportBackup(db);
    backup.data.templates = [template({ id: 'tpl_from_file', title: 'From the file', shortcut: ';file' })];
    await db.templates.add(template({ id: 'tpl_local', title: 'Local only', shortcut: ';local' }));
    const revision = await readRevision();

    const { user } = renderInPage(<BackupSection />);
    await user.upload(screen.getByLabelText('Backup file (.json)'), jsonFile(serializeBackup(backup)));
    const table = await screen.findByRole('table', { name: /What the restore will change/ });
    const row = within(table).getByRole('row', { name: /Templates/ });
    // Columns: added, updated, removed, unchanged.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0', '3', '0']);
    expect(await db.templates.count()).toBe(3);

    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));
    await screen.findByText(/Backup restored/);
    expect((await db.templates.toArray()).map((t) => t.id)).toEqual(['tpl_from_file']);
    expect(await readRevision()).toBeGreaterThan(revision);
  });

  it('refuses a bad file, names the record and field, and changes nothing', async () => {
    const db = getDb();
    await populate(db);
    const backup = JSON.parse(serializeBackup(await exportBackup(db)));
    backup.data.templates[1].body = 42;
    backup.data.brands = [];
    const { user } = renderInPage(<BackupSection />);
    await user.upload(screen.getByLabelText('Backup file (.json)'), jsonFile(JSON.stringify(backup)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/File refused, nothing was changed/);
    expect(alert).toHaveTextContent('templates[1].body');
    expect(screen.queryByRole('button', { name: 'Restore this backup' })).not.toBeInTheDocument();
    expect(await db.brands.count()).toBe(1);
    expect(await db.templates.count()).toBe(2);
  });

  it('refuses a truncated file and an unknown version', async () => {
    const db = getDb();
    await populate(db);
    const text = serializeBackup(await exportBackup(db));
    const { user } = renderInPage(<BackupSection />);
    const input = screen.getByLabelText('Backup file (.json)');
    await user.upload(input, jsonFile(text.slice(0, 200)));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
    await user.upload(input, jsonFile(text.replace('"version":1', '"version":7')));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Unknown backup version 7/));
    expect(await db.interactions.count()).toBe(3);
  });

  it('refuses an oversized file without reading it', async () => {
    const { user } = renderInPage(<BackupSection />);
    const huge = jsonFile('{}');
    Object.defineProperty(huge, 'size', { value: 300 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    await user.upload(screen.getByLabelText('Backup file (.json)'), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent(/300\.0 MB; backups are limited to 200\.0 MB/);
    expect(read).not.toHaveBeenCalled();
  });

  it('restores hostile strings as inert text', async () => {
    const db = getDb();
    await populate(db);
    const backup = await exportBackup(db);
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    backup.data.templates = [template({ title: hostile, body: hostile })];
    const { user, unmount } = renderInPage(<BackupSection />);
    await user.upload(screen.getByLabelText('Backup file (.json)'), jsonFile(serializeBackup(backup)));
    await user.click(await screen.findByRole('button', { name: 'Restore this backup' }));
    await screen.findByText(/Backup restored/);
    unmount();

    const { container } = renderInPage(<TemplatesSection />);
    expect(await screen.findByRole('rowheader', { name: /<script>window/ })).toBeInTheDocument();
    expect(container.querySelector('script, img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
