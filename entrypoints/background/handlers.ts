import { browser } from 'wxt/browser';
import { brandForUrl, pageKey, siteKey } from '@/lib/brands';
import { getDb } from '@/lib/db/database';
import { readSettings, writeSettings } from '@/lib/db/settings-store';
import { resolveLanguage } from '@/lib/i18n';
import type { Handlers } from '@/lib/messaging/server';
import { type Interaction, InteractionSchema, newId } from '@/lib/model';
import { platformOfUrl } from '@/lib/platforms';
import { bumpRevision, readRevision } from '@/lib/revision';
import { seedStarterContent } from '@/lib/seed';
import { dayBounds, todayFigures } from '@/lib/stats/today';
import { showTabRisk } from './badge';
import { checklistHandlers } from './checklist-handlers';
import { compiledCharterHandlers } from './compiled-charters';
import { recordContextRequest, tabStatusHandlers } from './tab-status';

export const handlers: Handlers = {
  ...checklistHandlers,
  ...compiledCharterHandlers,
  ...tabStatusHandlers,
  async getPageContext({ url }, sender) {
    recordContextRequest(url, sender);
    const db = getDb();
    const [settings, brands, revision] = await Promise.all([
      readSettings(db),
      db.brands.toArray(),
      readRevision(),
    ]);
    const brand = brandForUrl(brands, url, settings.activeBrandId);
    const charter = brand ? ((await db.charters.get(brand.charterId)) ?? null) : null;
    const templates = (await db.templates.toArray()).filter(
      (t) => t.brandId === null || t.brandId === brand?.id,
    );
    const silenced =
      settings.silencedSites.includes(siteKey(url)) || settings.silencedPages.includes(pageKey(url));
    return {
      brand,
      charter,
      templates,
      settings,
      uiLanguage: resolveLanguage(settings.uiLanguage, browser.i18n.getUILanguage()),
      silenced,
      revision,
    };
  },

  async logInteraction(request, sender) {
    const db = getDb();
    const settings = await readSettings(db);
    const url = request.url || sender.tab?.url || '';
    const brands = await db.brands.toArray();
    const record: Interaction = InteractionSchema.parse({
      ...request,
      id: newId('int'),
      at: request.at ?? Date.now(),
      platform: request.platform ?? platformOfUrl(url),
      url,
      brandId: request.brandId ?? brandForUrl(brands, url, settings.activeBrandId)?.id ?? null,
      commentText: settings.storeCommentText ? request.commentText : undefined,
    });
    await db.transaction('rw', [db.interactions, db.templates], async () => {
      await db.interactions.add(record);
      if (record.templateId && record.action === 'inserted') {
        await db.templates
          .where('id')
          .equals(record.templateId)
          .modify((t) => {
            t.usageCount = (t.usageCount ?? 0) + 1;
            t.lastUsedAt = record.at;
          });
      }
    });
    return { id: record.id };
  },

  async reportPageRisk({ count, highest }, sender) {
    if (sender.tab?.id !== undefined) await showTabRisk(sender.tab.id, count, highest);
    return { ok: true };
  },

  async getTodayFigures({ now }) {
    const { from, to, day } = dayBounds(now ?? Date.now());
    const rows = await getDb().interactions.where('at').between(from, to, true, true).toArray();
    return todayFigures(day, rows);
  },

  async setSilenced({ scope, url, silenced }) {
    const db = getDb();
    const settings = await readSettings(db);
    const key = scope === 'site' ? siteKey(url) : pageKey(url);
    const field = scope === 'site' ? 'silencedSites' : 'silencedPages';
    const rest = settings[field].filter((k) => k !== key);
    await writeSettings(db, { [field]: silenced ? [...rest, key] : rest });
    await bumpRevision();
    return { silenced };
  },

  async restoreStarterContent({ replace }) {
    const db = getDb();
    const lang = resolveLanguage((await readSettings(db)).uiLanguage, browser.i18n.getUILanguage());
    const added = await seedStarterContent(db, { replace, language: lang });
    await bumpRevision();
    return { added };
  },
};
