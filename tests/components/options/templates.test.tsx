import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TemplatesSection } from '@/entrypoints/options/sections/TemplatesSection';
import { getDb } from '@/lib/db/database';
import { readRevision } from '@/lib/revision';
import { populate } from '../../unit/backup/sample';
import { renderInPage } from './render';

async function setup() {
  await populate(getDb());
  const view = renderInPage(<TemplatesSection />);
  await screen.findByRole('heading', { name: 'Templates' });
  await screen.findByRole('rowheader', { name: /^Merci/ });
  return view;
}

describe('Templates section', () => {
  it('lists templates with their shortcut and usage', async () => {
    await setup();
    const row = screen.getByRole('row', { name: /^Merci/ });
    expect(within(row).getByText(';merci')).toBeInTheDocument();
    expect(within(row).getByText('Used 3 times')).toBeInTheDocument();
    const never = screen.getByRole('row', { name: /Avertissement/ });
    expect(within(never).getByText('Never used')).toBeInTheDocument();
  });

  it('creates a template linked to a clause, with a live preview, and bumps the revision', async () => {
    const { user } = await setup();
    const revision = await readRevision();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    const form = screen.getByRole('form', { name: 'New template' });
    await user.type(within(form).getByLabelText('Title'), 'Apology');
    await user.type(
      within(form).getByLabelText('Reply text'),
      'Sorry {{{{firstName|there}}, we are on it. {{{{signature}}',
    );
    await user.clear(within(form).getByLabelText('Shortcut (e.g. ;thanks)'));
    await user.type(within(form).getByLabelText('Shortcut (e.g. ;thanks)'), ';sorry');
    await user.type(within(form).getByLabelText('Tags (comma-separated)'), 'care, apology');
    await user.selectOptions(within(form).getByLabelText('Language'), 'en');
    await user.click(within(form).getByRole('checkbox', { name: 'Insults' }));

    expect(form.querySelector('output')).toHaveTextContent('Sorry Camille, we are on it. — Léa, Tact Coffee');

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText('Template “Apology” saved.');
    const saved = (await getDb().templates.toArray()).find((t) => t.title === 'Apology');
    expect(saved).toMatchObject({
      language: 'en',
      brandId: 'brand_coffee',
      shortcut: ';sorry',
      tags: ['care', 'apology'],
      clauseIds: ['insult'],
      usageCount: 0,
    });
    expect(await readRevision()).toBeGreaterThan(revision);
  });

  it('warns when a shortcut is already taken', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByLabelText('Shortcut (e.g. ;thanks)'), ';merci');
    expect(screen.getByText('The shortcut ;merci is already used by “Merci”.')).toBeInTheDocument();
  });

  it('filters by search, clause and language', async () => {
    const { user } = await setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'avertis');
    expect(screen.getByText('1 of 2 templates')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /^Merci/ })).not.toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search templates' }));
    await user.selectOptions(screen.getByLabelText('Clause'), 'insult');
    expect(screen.getByRole('row', { name: /Avertissement/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /^Merci/ })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Clause'), '');
    await user.selectOptions(screen.getByLabelText('Language'), 'en');
    expect(screen.getByText('No template matches these filters.')).toBeInTheDocument();
  });

  it('duplicates a template and opens the copy', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Duplicate Merci' }));
    expect(await screen.findByRole('form', { name: 'Edit template' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Merci (copy)');
    expect(await getDb().templates.count()).toBe(3);
  });

  it('deletes a template and brings it back with Undo', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Delete Merci' }));
    await screen.findByText('Template “Merci” deleted.');
    await waitFor(() => expect(screen.queryByRole('row', { name: /^Merci/ })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('row', { name: /^Merci/ })).toBeInTheDocument();
    expect((await getDb().templates.get('tpl_thanks'))?.usageCount).toBe(3);
  });

  it('refuses to save an empty reply, naming the field', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Edit Merci' }));
    const form = screen.getByRole('form', { name: 'Edit template' });
    await user.clear(within(form).getByLabelText('Reply text'));
    await user.type(within(form).getByLabelText('Reply text'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/^body:/);
    expect((await getDb().templates.get('tpl_thanks'))?.body).toContain('Merci');
  });

  it('shows in French', async () => {
    await populate(getDb());
    renderInPage(<TemplatesSection />, 'fr');
    expect(await screen.findByRole('heading', { name: 'Modèles' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Nouveau modèle' })).toBeInTheDocument();
  });
});
