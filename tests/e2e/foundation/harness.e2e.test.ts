import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Session, type SiteServer, startSiteServer, type TestPage } from '../harness';

const PROBE = 'https://x.com/tact_foundation/harness';

interface Probe {
  clicks: number;
  chords: string[];
}

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

/** A GET to the site server as `host` would receive it. */
function fetchAs(host: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        servername: host,
        headers: { host },
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the site server', () => {
  test('serves each hostname from its folder, with .html and index.html resolution', async () => {
    const page = await fetchAs('x.com', '/tact_foundation/status/1');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('data-testid="tweet"');
    expect((await fetchAs('x.com', '/tact_foundation/harness-probe.js')).type).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  test('serves /_shared/ on every host and 404s the rest', async () => {
    for (const host of ['x.com', 'www.reddit.com', 'www.tiktok.com']) {
      expect((await fetchAs(host, '/_shared/harness-check.txt')).body).toContain('every host');
    }
    expect((await fetchAs('www.reddit.com', '/tact_foundation/status/1')).status).toBe(404);
    expect((await fetchAs('x.com', '/../../package.json')).status).toBe(404);
    expect((await fetchAs('example.com', '/_shared/harness-check.txt')).status).toBe(404);
  });
});

describe.each(BROWSERS)('the harness in %s', (browserName) => {
  let session: Session;
  let page: TestPage;
  beforeAll(async () => {
    session = await launch(browserName, { server });
    page = await session.newPage(PROBE);
  });
  afterAll(async () => {
    await session?.close();
  });

  const probe = () => page.evaluate(() => (window as unknown as { probe: Probe }).probe);

  test('clicks and types into elements inside open shadow roots by CSS selector', async () => {
    await page.click('tact-harness-probe button');
    expect((await probe()).clicks).toBe(1);
    await page.focus('tact-harness-probe input');
    await page.type('Bonjour à tous');
    const value = await page.evaluate(
      () => document.querySelector('tact-harness-probe')?.shadowRoot?.querySelector('input')?.value,
    );
    expect(value).toBe('Bonjour à tous');
  });

  test('finds elements by role and accessible name, in shadow roots too', async () => {
    await (await page.getByRole('button', { name: 'Shadow button' })).click();
    expect((await probe()).clicks).toBe(2);
    const light = await page.getByRole('textbox', { name: /light input/i });
    await light.focus();
    await page.type('ok');
    expect(await page.evaluate(() => (document.getElementById('light') as HTMLInputElement).value)).toBe(
      'ok',
    );
    expect(await page.countByRole('button', { name: 'No such button' })).toBe(0);
  });

  test('presses keys and chords with modifiers', async () => {
    await page.focus('#light');
    await page.press('Alt+Shift+T');
    await page.press('Escape');
    await page.press('ArrowDown');
    expect((await probe()).chords.slice(-3)).toEqual(['Alt+Shift+KeyT', 'Escape', 'ArrowDown']);
  });
});
