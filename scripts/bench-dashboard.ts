/**
 * `npm run bench:dashboard`: the log and the dashboard with 100,000 logged interactions.
 * Runs the same measurements twice: under Node on fake-indexeddb (a pure-JS IndexedDB, much slower than a
 * browser's), then in headless Chromium on its real IndexedDB (this file bundled with esbuild, served from
 * 127.0.0.1). Budgets (DESIGN.md): logging one interaction < 5 ms; dashboard figures < 300 ms.
 *   --node-only / --browser-only   run one side
 *   --rows N                       another volume (default 100000)
 */
import { subDays } from 'date-fns';
import Dexie from 'dexie';
import { dailyStatsInRange, readReport } from '../lib/db/daily-stats';
import { CURRENT_VERSION, SCHEMA_V3, TactDatabase } from '../lib/db/database';
import { interactionsInRange, type LogFilter, queryLogPage } from '../lib/db/log-query';
import { type Interaction, type InteractionAction, InteractionSchema, type Template } from '../lib/model';
import { PLATFORMS, type Platform } from '../lib/platforms';
import { localDay } from '../lib/reports/daily-stats';
import { computeReport } from '../lib/reports/kpi';
import { dayRangeBounds, type RollupReport } from '../lib/reports/rollup-report';

const BUDGET = { logOne: 5, dashboard: 300 };
const DAY = 86_400_000;
const CLAUSES = [
  'insult',
  'harassment',
  'hate',
  'threat',
  'spam',
  'personal_data',
  'crisis',
  'customer_care',
];
const BRANDS = ['brand_coffee', 'brand_gym', 'brand_bakery'];
const TEMPLATE_COUNT = 30;

export interface Timing {
  name: string;
  /** Median of the runs, ms. */
  ms: number;
  /** 95th percentile when there are enough runs, ms. */
  p95?: number;
  budget?: number;
  /** The figures differ from the raw computation's: a failure whatever the time. */
  differs?: boolean;
  note?: string;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run logs the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTION_WEIGHTS: [InteractionAction, number][] = [
  ['replied', 45],
  ['inserted', 5],
  ['hidden', 12],
  ['deleted', 5],
  ['reported', 5],
  ['banned', 2],
  ['escalated', 3],
  ['seen_risky', 23],
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function weighted<T>(next: () => number, items: readonly [T, number][]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return (items[items.length - 1] as [T, number])[0];
}

export function makeInteractions(count: number, now: number, days: number): Interaction[] {
  const next = random(42);
  const rows: Interaction[] = [];
  for (let i = 0; i < count; i++) {
    const action = weighted(next, ACTION_WEIGHTS);
    const platform: Platform = next() < 0.05 ? 'other' : pick(next, PLATFORMS);
    const at = Math.floor(now - next() * days * DAY);
    const usesTemplate = action === 'replied' || action === 'inserted';
    const hitsClause = action !== 'replied' && action !== 'inserted' ? true : next() < 0.15;
    rows.push({
      id: `int_${i.toString(36).padStart(6, '0')}`,
      at,
      platform,
      url: `https://www.example-${platform}.com/brand/post/${i % 5000}`,
      action,
      templateId: usesTemplate ? `tpl_${Math.floor(next() * TEMPLATE_COUNT)}` : undefined,
      ruleIds: hitsClause ? [pick(next, CLAUSES), ...(next() < 0.2 ? [pick(next, CLAUSES)] : [])] : [],
      brandId: pick(next, BRANDS),
      severity: hitsClause ? pick(next, ['low', 'medium', 'high', 'critical'] as const) : undefined,
      commentPermalink: `https://www.example-${platform}.com/comment/${i}`,
      commentAt: action === 'replied' ? at - 60_000 : undefined,
      responseMs: action === 'replied' ? Math.floor(30_000 + next() * next() * 6 * 3600_000) : undefined,
    });
  }
  for (const row of rows) {
    if (row.templateId === undefined) delete row.templateId;
    if (row.severity === undefined) delete row.severity;
    if (row.commentAt === undefined) delete row.commentAt;
    if (row.responseMs === undefined) delete row.responseMs;
  }
  return rows;
}

function templates(now: number): Template[] {
  return Array.from({ length: TEMPLATE_COUNT }, (_, i) => ({
    id: `tpl_${i}`,
    brandId: null,
    language: i % 2 ? 'en' : 'fr',
    title: `Template ${i}`,
    body: `Hello {{firstName|there}}, reply ${i}`,
    tags: [],
    clauseIds: [],
    usageCount: 0,
    createdAt: now,
    updatedAt: now,
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * What the background's logInteraction handler does with the database: validate, add, count the template
 * use; the rollup middleware updates the day's `dailyStats` record in the same transaction.
 */
async function logOne(db: Dexie, index: number, now: number): Promise<void> {
  const record = InteractionSchema.parse({
    id: `int_bench_${index}`,
    at: now,
    platform: 'x',
    url: 'https://x.com/brand/status/1',
    action: 'inserted',
    templateId: `tpl_${index % TEMPLATE_COUNT}`,
    ruleIds: ['customer_care'],
    brandId: BRANDS[0],
    commentPermalink: `https://x.com/fan/status/${index}`,
  });
  const interactions = db.table<Interaction, string>('interactions');
  const templates = db.table<Template, string>('templates');
  await db.transaction('rw', [interactions, templates], async () => {
    await interactions.add(record);
    await templates
      .where('id')
      .equals(record.templateId ?? '')
      .modify((t) => {
        t.usageCount += 1;
        t.lastUsedAt = record.at;
      });
  });
}

/** Seeds `rows` interactions into an empty database named `name`, then measures. */
export async function runBench(
  name: string,
  rows: number,
  idb: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } = globalThis,
  options: { deepPaging: boolean } = { deepPaging: true },
): Promise<{ seedMs: number; timings: Timing[] }> {
  const now = Date.now();
  const db = new TactDatabase(name, { indexedDB: idb.indexedDB, IDBKeyRange: idb.IDBKeyRange });
  await db.delete();
  await db.open();
  const data = makeInteractions(rows, now, 90);
  const seedStart = performance.now();
  await db.templates.bulkAdd(templates(now));
  for (let start = 0; start < data.length; start += 10_000) {
    await db.interactions.bulkAdd(data.slice(start, start + 10_000));
  }
  const seedMs = performance.now() - seedStart;

  const timings: Timing[] = [];
  let logged = 0;
  const logTimes = await timeRuns(200, () => logOne(db, logged++, now));
  timings.push({
    name: 'log one interaction',
    ms: median(logTimes),
    p95: p95(logTimes),
    budget: BUDGET.logOne,
  });

  for (const days of [7, 30, 90]) {
    // As the Reports section asks: the last N whole local days, today included.
    const range = { fromDay: localDay(subDays(now, days - 1).getTime()), toDay: localDay(now) };
    let result: RollupReport | undefined;
    const times = await timeRuns(7, async () => {
      result = await readReport(db, range);
    });
    const bounds = dayRangeBounds(range);
    const raw = computeReport(await interactionsInRange(db, bounds.from, bounds.to), bounds);
    const identical = JSON.stringify(raw) === JSON.stringify(result?.report);
    timings.push({
      name: `dashboard figures, last ${days} days`,
      ms: median(times),
      p95: p95(times),
      budget: BUDGET.dashboard,
      differs: !identical,
      note: `${(result?.count ?? 0).toLocaleString('en')} interactions from ${(await dailyStatsInRange(db, range)).length.toLocaleString('en')} rollup records; ${identical ? 'identical to' : 'DIFFERENT from'} the raw computation`,
    });
  }

  const rawRange = { from: subDays(now, 90).getTime(), to: now };
  let rawCount = 0;
  const rawTimes = await timeRuns(3, async () => {
    const rows = await interactionsInRange(db, rawRange.from, rawRange.to);
    rawCount = rows.length;
    computeReport(rows, rawRange);
  });
  timings.push({
    name: 'for comparison: raw rows read + maths, 90 days',
    ms: median(rawTimes),
    note: `${rawCount.toLocaleString('en')} rows (the path before the rollup)`,
  });
  const computeOnly = await timeRuns(5, async () => computeReport(data, { from: now - 90 * DAY, to: now }));
  timings.push({ name: `KPI maths alone on ${rows.toLocaleString('en')} rows`, ms: median(computeOnly) });

  const pages: [string, LogFilter, number][] = [
    ['log, first page, no filter', {}, 0],
    ['log, page 1,000 (offset 50,000)', {}, 50_000],
    ['log, 30 days, first page', { from: subDays(now, 30).getTime() }, 0],
    [
      'log, 30 days + platform + clause',
      { from: subDays(now, 30).getTime(), platform: 'x', clauseId: 'insult' },
      0,
    ],
    ['log, brand + action + template', { brandId: BRANDS[1], action: 'replied', templateId: 'tpl_3' }, 0],
  ];
  for (const [label, filter, offset] of pages) {
    if (offset > 0 && !options.deepPaging) {
      timings.push({
        name: label,
        ms: Number.NaN,
        note: "not measured: fake-indexeddb's cursor.advance() is far slower than a browser's (minutes at this size); see Chromium",
      });
      continue;
    }
    let total = 0;
    const times = await timeRuns(5, async () => {
      total = (await queryLogPage(db, filter, { offset, limit: 50 })).total;
    });
    timings.push({ name: label, ms: median(times), note: `${total.toLocaleString('en')} matching` });
  }

  // The rollup's cost on logging, measured against the same database without the middleware, the two
  // interleaved so that the machine's load weighs on both alike. Last, as these rows skip the rollup.
  const plain = new Dexie(name, { indexedDB: idb.indexedDB, IDBKeyRange: idb.IDBKeyRange });
  plain.version(CURRENT_VERSION).stores(SCHEMA_V3);
  const withRollup: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < 200; i++) {
    withRollup.push(...(await timeRuns(1, () => logOne(db, logged++, now))));
    without.push(...(await timeRuns(1, () => logOne(plain, logged++, now))));
  }
  plain.close();
  timings.push(
    {
      name: 'log one interaction, A/B: with the rollup',
      ms: median(withRollup),
      p95: p95(withRollup),
      budget: BUDGET.logOne,
    },
    {
      name: 'log one interaction, A/B: without the rollup',
      ms: median(without),
      p95: p95(without),
      note: 'same run, interleaved with the line above',
    },
  );

  db.close();
  await db.delete();
  return { seedMs, timings };
}

function printTable(title: string, rows: number, result: { seedMs: number; timings: Timing[] }): boolean {
  let ok = true;
  console.log(
    `\n### ${title} — ${rows.toLocaleString('en')} interactions (seeded in ${(result.seedMs / 1000).toFixed(1)} s)\n`,
  );
  console.log('| measure | median ms | p95 ms | budget | verdict | note |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const t of result.timings) {
    const verdict = t.differs ? 'WRONG' : t.budget === undefined ? '' : t.ms < t.budget ? 'ok' : 'OVER';
    if (verdict === 'OVER' || verdict === 'WRONG') ok = false;
    console.log(
      `| ${t.name} | ${Number.isNaN(t.ms) ? 'n/a' : t.ms.toFixed(2)} | ${t.p95 === undefined ? '' : t.p95.toFixed(2)} | ${t.budget ?? ''} | ${verdict} | ${t.note ?? ''} |`,
    );
  }
  return ok;
}

async function inChromium(rows: number): Promise<{ seedMs: number; timings: Timing[] }> {
  const [{ build }, { chromium }, http, { mkdtemp, rm }, { tmpdir }, { join }, paths] = await Promise.all([
    import('esbuild'),
    import('playwright-core'),
    import('node:http'),
    import('node:fs/promises'),
    import('node:os'),
    import('node:path'),
    import('../tests/e2e/harness/paths'),
  ]);
  const bundle = await build({
    stdin: {
      contents: "import { runBench } from './scripts/bench-dashboard.ts'; globalThis.runBench = runBench;",
      resolveDir: paths.REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    alias: { '@': paths.REPO_ROOT },
    external: ['node:*', 'esbuild', 'playwright-core', 'fake-indexeddb', '../tests/*'],
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = http.createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const profile = await mkdtemp(join(tmpdir(), 'tact-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: paths.CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof (globalThis as { runBench?: unknown }).runBench === 'function');
    return await page.evaluate(
      (count) =>
        (
          globalThis as unknown as {
            runBench: (name: string, rows: number) => Promise<{ seedMs: number; timings: Timing[] }>;
          }
        ).runBench('tact-bench', count),
      rows,
    );
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rowsArg = args.indexOf('--rows');
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 100_000;
  let ok = true;
  console.log('## bench:dashboard');
  if (!args.includes('--browser-only')) {
    const fake = await import('fake-indexeddb');
    // fake-indexeddb is a reference point only: the budgets are about the browser's IndexedDB.
    const result = await runBench(
      'tact-bench',
      rows,
      { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange },
      { deepPaging: false },
    );
    ok = printTable('Node + fake-indexeddb (reference, not the budget)', rows, result);
  }
  if (!args.includes('--node-only')) {
    ok = printTable('Chromium, real IndexedDB', rows, await inChromium(rows));
  }
  console.log(
    `\n${ok ? 'All budgets met.' : 'Some budget is not met or a figure is wrong (see OVER / WRONG).'}`,
  );
}

// Runs when started by node (npm run bench:dashboard), not when bundled into the browser page or imported.
if (typeof window === 'undefined' && process.argv[1]?.endsWith('bench-dashboard.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
