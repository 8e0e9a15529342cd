import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CharterSection } from '@/entrypoints/options/sections/CharterSection';
import { getDb } from '@/lib/db/database';
import { readRevision } from '@/lib/revision';
import { populate } from '../../unit/backup/sample';
import { renderInPage } from './render';

async function setup() {
  await populate(getDb());
  const view = renderInPage(<CharterSection />);
  await screen.findByRole('heading', { name: 'Charter' });
  const bench = await screen.findByLabelText('Comments to test, one per line');
  return { ...view, bench };
}

const results = () => screen.getByRole('list', { name: 'Results' });

describe('Charter section', () => {
  it('highlights findings in the test bench, line by line, with severity and clause', async () => {
    const { user, bench } = await setup();
    await user.clear(bench);
    await user.type(bench, 'Merci beaucoup{Enter}Quel connard ce vendeur');
    await waitFor(() => expect(within(results()).getAllByRole('listitem')).toHaveLength(2));
    const [clean, risky] = within(results()).getAllByRole('listitem');
    expect(clean).toHaveTextContent('Nothing to flag');
    expect(clean?.querySelector('mark')).toBeNull();
    expect(risky).toHaveTextContent('High Insults');
    expect(risky?.querySelector('mark')).toHaveTextContent('connard');
    expect(risky?.querySelector('mark')).toHaveClass('finding-high');
  });

  it('adds a word to a clause, which the bench then flags, and bumps the revision', async () => {
    const { user, bench } = await setup();
    const revision = await readRevision();
    await user.clear(bench);
    await user.type(bench, 'Ce produit est une daube');
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Nothing to flag'));

    const clause = screen.getByRole('region', { name: 'Insults' });
    await user.type(within(clause).getByRole('textbox', { name: 'Add to Words and phrases (French)' }), 'daube{Enter}');
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Insults'));
    expect(within(results()).getByRole('listitem').querySelector('mark')).toHaveTextContent('daube');
    expect((await getDb().charters.get('charter_coffee'))?.clauses[0]?.terms.fr).toContain('daube');
    expect(await readRevision()).toBeGreaterThan(revision);

    await user.click(within(clause).getByRole('button', { name: 'Remove daube' }));
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Nothing to flag'));
  });

  it('switches a clause off, changes its severity and action, and links a reply', async () => {
    const { user, bench } = await setup();
    await user.clear(bench);
    await user.type(bench, 'espèce de connard');
    const clause = screen.getByRole('region', { name: 'Insults' });
    await user.selectOptions(within(clause).getByLabelText('Severity'), 'critical');
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Critical'));
    await user.selectOptions(within(clause).getByLabelText('Recommended action'), 'escalate');
    await user.click(within(clause).getByRole('checkbox', { name: /^Merci/ }));
    await user.click(within(clause).getByRole('checkbox', { name: 'Clause on' }));
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Nothing to flag'));
    const stored = (await getDb().charters.get('charter_coffee'))?.clauses[0];
    expect(stored).toMatchObject({
      enabled: false,
      severity: 'critical',
      action: 'escalate',
      templateIds: ['tpl_warning', 'tpl_thanks'],
    });
  });

  it('keeps an allowed word from being flagged', async () => {
    const { user, bench } = await setup();
    await user.clear(bench);
    await user.type(bench, 'Tu es un idiot');
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Insults'));
    const clause = screen.getByRole('region', { name: 'Insults' });
    await user.type(within(clause).getByRole('textbox', { name: 'Add to Exceptions, never flagged (English)' }), 'idiot{Enter}');
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Nothing to flag'));
  });
});
