import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messaging/client';
import { type Handlers, serveMessages } from '@/lib/messaging/server';
import { DEFAULT_SETTINGS } from '@/lib/model';

const failing = (name: string) => () => Promise.reject(new Error(`${name} unavailable`));

function handlers(overrides: Partial<Handlers>): Handlers {
  return {
    getPageContext: failing('getPageContext'),
    logInteraction: failing('logInteraction'),
    reportPageRisk: failing('reportPageRisk'),
    getTodayFigures: failing('getTodayFigures'),
    setSilenced: failing('setSilenced'),
    restoreStarterContent: failing('restoreStarterContent'),
    ...overrides,
  } as Handlers;
}

describe('typed messages', () => {
  it('carries a request to its handler and the answer back', async () => {
    const stop = serveMessages(
      handlers({
        getPageContext: async ({ url }) => ({
          brand: null,
          charter: null,
          templates: [],
          settings: DEFAULT_SETTINGS,
          uiLanguage: 'fr',
          silenced: url.includes('silent'),
          revision: 3,
        }),
      }),
    );
    const context = await sendMessage('getPageContext', { url: 'https://x.com/silent' });
    expect(context.silenced).toBe(true);
    expect(context.revision).toBe(3);
    stop();
  });

  it("turns a handler's failure into a rejected promise with its message", async () => {
    const stop = serveMessages(handlers({}));
    await expect(sendMessage('getTodayFigures', {})).rejects.toThrow('getTodayFigures unavailable');
    stop();
  });

  it('ignores messages that are not ours', async () => {
    let called = false;
    const stop = serveMessages(
      handlers({
        reportPageRisk: async () => {
          called = true;
          return { ok: true };
        },
      }),
    );
    await fakeBrowser.runtime
      .sendMessage({ name: 'reportPageRisk', data: { count: 1, highest: 'high' } })
      .catch(() => {});
    expect(called).toBe(false);
    stop();
  });
});
