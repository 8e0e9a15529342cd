import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  exportBackup,
  MAX_BACKUP_BYTES,
  parseBackupText,
  previewRestore,
  restoreBackup,
  serializeBackup,
} from '@/lib/backup';
import { CURRENT_VERSION, getDb } from '@/lib/db/database';
import { readSettings, writeSettings } from '@/lib/db/settings-store';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { brand, interaction, populate, template } from './sample';

async function wipe() {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

async function snapshot() {
  const { exportedAt: _at, ...rest } = await exportBackup(getDb(), 0);
  return rest;
}

describe('backup round trip', () => {
  it('exports every table, and a wiped database restored from the file is identical', async () => {
    const db = getDb();
    await populate(db);
    const before = await snapshot();
    const text = serializeBackup(await exportBackup(db));
    expect(before.data.interactions).toHaveLength(3);
    expect(before.data.settings.retentionDays).toBe(90);

    await wipe();
    expect(await db.templates.count()).toBe(0);

    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await restoreBackup(db, parsed.backup);
    expect(await snapshot()).toEqual(before);
  });

  it('writes the versioned envelope', async () => {
    const backup = await exportBackup(getDb(), 1234);
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: 1234,
      schemaVersion: CURRENT_VERSION,
    });
    expect(Object.keys(backup.data).sort()).toEqual(
      [
        'brands',
        'charters',
        'checklistCompletions',
        'checklistTasks',
        'interactions',
        'settings',
        'templates',
      ].sort(),
    );
  });
});

describe('restore preview', () => {
  it('counts what would be added, updated and removed per table', async () => {
    const db = getDb();
    await populate(db);
    const backup = await exportBackup(db);
    backup.data.templates = [
      template(), // unchanged
      template({
        id: 'tpl_warning',
        title: 'Avertissement',
        shortcut: ';stop',
        clauseIds: ['insult'],
        lastUsedAt: undefined,
        usageCount: 0,
        body: 'Changed',
      }),
      template({ id: 'tpl_new', shortcut: ';new' }),
    ];
    backup.data.interactions = [interaction({ id: 'int_9' })];
    backup.data.settings = { ...backup.data.settings, retentionDays: 30 };

    const preview = await previewRestore(db, backup);
    expect(preview.templates).toEqual({ added: 1, updated: 1, removed: 0, unchanged: 1 });
    expect(preview.interactions).toEqual({ added: 1, updated: 0, removed: 3, unchanged: 0 });
    expect(preview.brands).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 1 });
    expect(preview.settings.updated).toBe(1);
    // The preview changes nothing.
    expect(await db.interactions.count()).toBe(3);
  });
});

describe('refused files change nothing', () => {
  async function expectRefused(text: string, code: string, detail?: RegExp) {
    const db = getDb();
    await populate(db);
    const before = await snapshot();
    const result = parseBackupText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    if (detail) expect(JSON.stringify(result.problem)).toMatch(detail);
    expect(await snapshot()).toEqual(before);
  }

  async function validText(mutate: (data: Record<string, unknown>) => void = () => {}) {
    const db = getDb();
    await populate(db);
    const backup = JSON.parse(serializeBackup(await exportBackup(db)));
    mutate(backup);
    await wipe();
    return JSON.stringify(backup);
  }

  it('refuses a truncated file as not JSON', async () => {
    const text = await validText();
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), 'notJson');
  });

  it('refuses malformed JSON and other JSON documents', async () => {
    await expectRefused('{"format": "tact-backup", ', 'notJson');
    await expectRefused('[1,2,3]', 'notBackup');
    await expectRefused('{"format":"other-app","version":1}', 'notBackup');
    await expectRefused('null', 'notBackup');
  });

  it('refuses an unknown version', async () => {
    const text = await validText((b) => {
      b.version = 2;
    });
    await expectRefused(text, 'unknownVersion', /2/);
  });

  it('refuses a backup from a newer database schema', async () => {
    const text = await validText((b) => {
      b.schemaVersion = 99;
    });
    await expectRefused(text, 'newerSchema');
  });

  it('names the record and the field of a wrong type', async () => {
    const text = await validText((b) => {
      const data = b.data as { templates: Record<string, unknown>[] };
      (data.templates[1] as Record<string, unknown>).body = 42;
    });
    await expectRefused(text, 'invalidRecord', /templates\[1\]\.body/);
  });

  it('names a bad nested field and a bad setting', async () => {
    const nested = await validText((b) => {
      const data = b.data as { charters: { clauses: Record<string, unknown>[] }[] };
      (data.charters[0]?.clauses[0] as Record<string, unknown>).severity = 'apocalyptic';
    });
    await expectRefused(nested, 'invalidRecord', /charters\[0\]\.clauses\[0\]\.severity/);
    const setting = await validText((b) => {
      (b.data as { settings: Record<string, unknown> }).settings.retentionDays = 'forever';
    });
    await expectRefused(setting, 'invalidRecord', /settings\.retentionDays/);
  });

  it('refuses a missing table and duplicate ids', async () => {
    const missing = await validText((b) => {
      delete (b.data as Record<string, unknown>).interactions;
    });
    await expectRefused(missing, 'invalidRecord', /interactions: missing/);
    const duplicate = await validText((b) => {
      const data = b.data as { brands: unknown[] };
      data.brands.push(data.brands[0]);
    });
    await expectRefused(duplicate, 'invalidRecord', /brands\[1\]\.id: duplicate/);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const result = parseBackupText('x'.repeat(2048), 1024);
    expect(result).toEqual({ ok: false, problem: { code: 'tooLarge', bytes: 2048, limit: 1024 } });
    expect(MAX_BACKUP_BYTES).toBe(200 * 1024 * 1024);
  });

  it('rolls the whole restore back when a write fails half-way', async () => {
    const db = getDb();
    await populate(db);
    const before = await snapshot();
    const backup = await exportBackup(db);
    // Brands are written first and succeed; the duplicate interaction id then fails the bulk add.
    backup.data.brands = [brand({ id: 'brand_other', name: 'Other' })];
    backup.data.interactions = [interaction({ id: 'dup' }), interaction({ id: 'dup' })];
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe('hostile strings', () => {
  it('keeps markup in strings as plain data', async () => {
    const db = getDb();
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await populate(db);
    const backup = await exportBackup(db);
    backup.data.templates = [template({ title: hostile, body: hostile })];
    const parsed = parseBackupText(serializeBackup(backup));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await restoreBackup(db, parsed.backup);
    expect((await db.templates.get('tpl_thanks'))?.title).toBe(hostile);
  });

  it('fills settings added by a later Tact with their defaults', async () => {
    const db = getDb();
    await writeSettings(db, { retentionDays: 12 });
    const backup = JSON.parse(serializeBackup(await exportBackup(db)));
    delete backup.data.settings.pickerShortcut;
    const parsed = parseBackupText(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await restoreBackup(db, parsed.backup);
    const settings = await readSettings(db);
    expect(settings.pickerShortcut).toBe(DEFAULT_SETTINGS.pickerShortcut);
    expect(settings.retentionDays).toBe(12);
  });
});
