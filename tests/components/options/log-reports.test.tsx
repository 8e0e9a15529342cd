import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LogSection } from '@/entrypoints/options/sections/LogSection';
import { ReportsSection } from '@/entrypoints/options/sections/ReportsSection';
import { getDb } from '@/lib/db/database';
import type { Interaction } from '@/lib/model';
import { interaction, populate } from '../../unit/backup/sample';
import { captureDownloads, renderInPage } from './render';

// happy-dom has no canvas 2D context; the charts' data are checked through their text summaries.
vi.mock('react-chartjs-2', () => ({ Bar: () => <canvas /> }));

const MINUTE = 60_000;

function recent(count: number): Interaction[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) =>
    interaction({
      id: `int_${String(i).padStart(3, '0')}`,
      at: now - i * MINUTE,
      platform: i % 2 === 0 ? 'x' : 'youtube',
      action: i % 3 === 0 ? 'hidden' : 'replied',
      ruleIds: i % 3 === 0 ? ['insult'] : [],
      responseMs: (i + 1) * MINUTE,
      commentPermalink: `https://x.com/fan/status/${i}`,
      commentText: i === 0 ? '=HYPERLINK("http://evil")' : undefined,
    }),
  );
}

describe('Log section', () => {
  it('pages through the log, newest first', async () => {
    await populate(getDb());
    await getDb().interactions.bulkAdd(recent(120));
    const { user } = renderInPage(<LogSection />);
    expect(await screen.findByText('Entries 1–50 of 123')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Logged interactions, newest first' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(51));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Entries 51–100 of 123')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Entries 101–123 of 123')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('filters by platform and action, and opens the comment in a new tab', async () => {
    await populate(getDb());
    await getDb().interactions.bulkAdd(recent(30));
    const { user } = renderInPage(<LogSection />);
    await screen.findByText('Entries 1–33 of 33');
    await user.selectOptions(screen.getByLabelText('Platform'), 'youtube');
    expect(await screen.findByText('Entries 1–15 of 15')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Action'), 'hidden');
    expect(await screen.findByText('Entries 1–5 of 5')).toBeInTheDocument();
    // YouTube entries are the odd ones, hidden ones every third: 3, 9, 15, 21, 27, newest first.
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Open the comment' })).toHaveLength(5));
    const links = screen.getAllByRole('link', { name: 'Open the comment' });
    expect(links.map((link) => link.getAttribute('href')?.split('/').pop())).toEqual([
      '3',
      '9',
      '15',
      '21',
      '27',
    ]);
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it('never turns a stored javascript: address into a link', async () => {
    await getDb().interactions.add(
      interaction({ commentPermalink: 'javascript:alert(1)', url: 'javascript:alert(2)' }),
    );
    renderInPage(<LogSection />);
    await screen.findByText('Entries 1–1 of 1');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('exports the filtered entries as a guarded CSV', async () => {
    await getDb().interactions.bulkAdd(recent(10));
    const downloads = captureDownloads();
    const { user } = renderInPage(<LogSection />);
    await screen.findByText('Entries 1–10 of 10');
    await user.click(screen.getByRole('button', { name: 'Export these entries as CSV' }));
    await screen.findByText('10 entries exported.');
    const csv = (await downloads.files[0]?.text()) ?? '';
    expect(downloads.files[0]?.name).toBe('tact-log.csv');
    expect(csv.split('\r\n')[0]).toContain('at,date,platform,action');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('Reports section', () => {
  it('shows the week’s figures, charts and rankings', async () => {
    const db = getDb();
    await populate(db);
    await db.interactions.clear();
    await db.interactions.bulkAdd(recent(9));
    renderInPage(<ReportsSection />);
    const figures = await screen.findByText('Replies');
    const kpis = figures.closest('dl') as HTMLElement;
    // 9 entries: i % 3 === 0 hidden (0, 3, 6), the others replied with 2, 3, 5, 6, 8, 9 minutes.
    await waitFor(() => expect(within(kpis).getByText('Replies').nextSibling).toHaveTextContent('6'));
    expect(within(kpis).getByText('Moderation actions').nextSibling).toHaveTextContent('3');
    expect(within(kpis).getByText('Median response time').nextSibling).toHaveTextContent('6 min');
    expect(within(kpis).getByText('90% answered within').nextSibling).toHaveTextContent('9 min');
    expect(
      screen.getByRole('img', { name: /Volume per platform: X: 3 \/ 2; YouTube: 3 \/ 1/ }),
    ).toBeInTheDocument();
    const clauses = screen.getByRole('table', { name: 'Clauses hit' });
    expect(within(clauses).getByRole('row', { name: 'Insults 3' })).toBeInTheDocument();
    const templates = screen.getByRole('table', { name: 'Templates used' });
    expect(within(templates).getByRole('row', { name: 'Merci 6' })).toBeInTheDocument();
  });

  it('prints the weekly report', async () => {
    const print = vi.fn();
    window.print = print;
    const { user } = renderInPage(<ReportsSection />);
    await screen.findByText('Replies');
    await user.click(screen.getByRole('button', { name: 'Print the weekly report' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });
});
