import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CharterSection } from '@/entrypoints/options/sections/CharterSection';
import { exportCharterPack } from '@/lib/charter/pack';
import { getDb } from '@/lib/db/database';
import { readRevision } from '@/lib/revision';
import { STARTER_CLAUSES } from '@/lib/seed/charter';
import { charter, populate } from '../../unit/backup/sample';
import { captureDownloads, renderInPage } from './render';

async function setup() {
  await populate(getDb());
  const view = renderInPage(<CharterSection />);
  await screen.findByRole('heading', { name: 'Charter' });
  const bench = await screen.findByLabelText('Comments to test, one per line');
  return { ...view, bench };
}

const results = () => screen.getByRole('list', { name: /^(Results|Résultats)$/ });

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
    await user.type(
      within(clause).getByRole('textbox', { name: 'Add to Words and phrases (French)' }),
      'daube{Enter}',
    );
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
    await user.type(
      within(clause).getByRole('textbox', { name: 'Add to Exceptions, never flagged (English)' }),
      'idiot{Enter}',
    );
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Nothing to flag'));
  });

  it('warns about a term the engine can never match, or reads wider than written, and keeps it', async () => {
    const { user, bench } = await setup();
    const clause = screen.getByRole('region', { name: 'Insults' });
    const field = within(clause).getByRole('textbox', { name: 'Add to Words and phrases (French)' });
    expect(within(clause).queryByRole('list', { name: 'Terms that will not match as written' })).toBeNull();

    await user.type(field, '🐍{Enter}');
    await user.type(field, 'x{Enter}');
    await user.type(field, 'sale 🐍{Enter}');
    const warnings = await within(clause).findByRole('list', {
      name: 'Terms that will not match as written',
    });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Tact reads nothing in “🐍”: it will never match.',
      '“x” is a single letter once dodges are undone: Tact ignores it, or it would match everywhere.',
      'Tact does not read 🐍 in “sale 🐍”: the term matches as if they were not there.',
    ]);
    expect(within(clause).getByRole('button', { name: 'Remove 🐍' })).toBeInTheDocument();
    expect((await getDb().charters.get('charter_coffee'))?.clauses[0]?.terms.fr).toEqual(
      expect.arrayContaining(['🐍', 'x', 'sale 🐍']),
    );

    // An emoji the engine knows is a word of its own: no warning, and the bench flags it.
    await user.type(field, '🖕{Enter}');
    expect(within(warnings).getAllByRole('listitem')).toHaveLength(3);
    await user.clear(bench);
    await user.type(bench, 'tiens 🖕');
    await waitFor(() => expect(within(results()).getByRole('listitem')).toHaveTextContent('Insults'));
  });

  it('names the built-in detectors of a clause, and the bench flags an identity number', async () => {
    await populate(getDb());
    const personalData = STARTER_CLAUSES.find((clause) => clause.id === 'personal_data')!;
    await getDb().charters.update('charter_coffee', { clauses: [...charter().clauses, personalData] });
    const { user } = renderInPage(<CharterSection />, 'fr');
    const clause = await screen.findByRole('region', { name: 'Données personnelles' });
    expect(clause).toHaveTextContent(
      'Détecteurs intégrés : adresses e-mail, numéros de téléphone, adresses postales, IBAN et sort codes britanniques, numéros de carte bancaire, numéros d’identité (sécurité sociale, National Insurance, passeport, NRIC, NAS, Aadhaar)',
    );
    const bench = screen.getByLabelText('Commentaires à tester, un par ligne');
    await user.clear(bench);
    await user.type(bench, 'Mon numéro de sécu : 1 85 05 78 006 084 91');
    await waitFor(() =>
      expect(within(results()).getByRole('listitem')).toHaveTextContent('Données personnelles'),
    );
    expect(within(results()).getByRole('listitem').querySelector('mark')).toHaveTextContent(
      '1 85 05 78 006 084 91',
    );
  });

  it('names the detector of a child described sexually on the sexual clause, and the bench flags one', async () => {
    await populate(getDb());
    const sexual = STARTER_CLAUSES.find((clause) => clause.id === 'sexual')!;
    await getDb().charters.update('charter_coffee', { clauses: [...charter().clauses, sexual] });
    const { user } = renderInPage(<CharterSection />);
    const clause = await screen.findByRole('region', { name: 'Sexual content' });
    expect(clause).toHaveTextContent('Built-in detectors: a child or teenager described sexually');
    const bench = screen.getByLabelText('Comments to test, one per line');
    await user.clear(bench);
    await user.type(bench, 'that 13 yr old in the ad is hot af{Enter}my 13 year old thinks your ad is sexy');
    await waitFor(() => expect(within(results()).getAllByRole('listitem')).toHaveLength(2));
    const [flagged, parent] = within(results()).getAllByRole('listitem');
    expect(flagged).toHaveTextContent('Sexual content');
    expect(flagged?.querySelector('mark')).toHaveTextContent('13 yr old in the ad is hot af');
    expect(parent).toHaveTextContent('Nothing to flag');
  });

  it('exports the charter pack and imports one; a bad pack is refused with the field named', async () => {
    const downloads = captureDownloads();
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Download the charter pack' }));
    expect(downloads.files[0]?.name).toBe('tact-charter-charte-tact-coffee.json');
    expect(JSON.parse((await downloads.files[0]?.text()) ?? '{}').charter.id).toBe('charter_coffee');

    const input = screen.getByLabelText('Charter pack to import (.json)');
    const bad = JSON.parse(exportCharterPack(charter()));
    bad.charter.clauses[0].severity = 'extreme';
    await user.upload(input, new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Charter pack refused.*charter\.clauses\[0\]\.severity/,
    );
    expect((await getDb().charters.get('charter_coffee'))?.clauses[0]?.severity).toBe('high');

    const pack = charter({ id: 'other', name: 'Shared pack' });
    pack.clauses = [{ ...pack.clauses[0]!, id: 'spam', name: { fr: 'Spam', en: 'Spam' }, category: 'spam' }];
    // The file input is reset after each choice: find it again.
    await user.upload(
      screen.getByLabelText('Charter pack to import (.json)'),
      new File([exportCharterPack(pack)], 'pack.json', { type: 'application/json' }),
    );
    await screen.findByText('Charter pack imported: 1 clauses.');
    const stored = await getDb().charters.get('charter_coffee');
    expect(stored?.name).toBe('Charte Tact Coffee');
    expect(stored?.clauses.map((c) => c.id)).toEqual(['spam']);
  });
});
