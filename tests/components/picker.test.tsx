import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PickerDialog, type PickerDialogProps } from '@/entrypoints/content/composer/PickerDialog';
import type { Template } from '@/lib/model';
import { starterTemplates } from '@/lib/seed/templates';

function template(overrides: Partial<Template> & { id: string; title: string }): Template {
  return {
    brandId: null,
    language: 'en',
    body: 'Body of {{firstName|there}}',
    tags: [],
    clauseIds: [],
    usageCount: 0,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

const TEMPLATES = [
  template({
    id: 'thanks',
    title: 'Thank you',
    body: 'Thanks {{firstName|there}}! {{signature}}',
    shortcut: ';thanks',
  }),
  template({ id: 'order', title: 'Order tracking', body: 'Hi {{firstName}}, DM us your order number.' }),
  template({ id: 'warn', title: 'Guidelines reminder', body: 'Please stay civil.', clauseIds: ['insult'] }),
  template({ id: 'merci', title: 'Remerciement', language: 'fr', body: 'Merci {{firstName|à vous}} !' }),
];

function setup(overrides: Partial<PickerDialogProps> = {}) {
  const onInsert = vi.fn();
  const onClose = vi.fn();
  const props: PickerDialogProps = {
    templates: TEMPLATES,
    ranking: { language: 'en', ruleIds: [], activeBrandId: null },
    values: { firstName: 'Marie', name: 'Marie Dupont', signature: '— Sam' },
    platform: 'x',
    uiLanguage: 'en',
    shortcut: 'Alt+Shift+T',
    onInsert,
    onClose,
    ...overrides,
  };
  render(<PickerDialog {...props} />);
  return { onInsert, onClose, user: userEvent.setup() };
}

const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('PickerDialog', () => {
  it('is a dialog named "Templates" with a focused search box and the templates as options', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Templates' });
    const search = within(dialog).getByRole('searchbox', { name: 'Search templates' });
    expect(search).toHaveFocus();
    expect(within(dialog).getAllByRole('option')).toHaveLength(4);
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('filters as the CM types, over titles, bodies and shortcuts', async () => {
    const { user } = setup();
    await user.keyboard('order');
    expect(optionNames()).toEqual(['Order tracking']);
    await user.clear(screen.getByRole('searchbox'));
    await user.keyboard(';thanks');
    expect(optionNames()[0]).toMatch(/^Thank you/);
    await user.clear(screen.getByRole('searchbox'));
    await user.keyboard('civil');
    expect(optionNames()).toEqual(['Guidelines reminder']);
    await user.keyboard('zzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No template matches “civilzzz”.')).toBeInTheDocument();
  });

  it('moves with the arrows and inserts the selected template, variables filled, with Enter', async () => {
    const { user, onInsert } = setup();
    await user.keyboard('{ArrowDown}');
    const selected = screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveTextContent('Order tracking');
    expect(screen.getByRole('searchbox')).toHaveAttribute('aria-activedescendant', selected?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowDown}{Enter}');
    expect(onInsert).toHaveBeenCalledTimes(1);
    const [chosen, text] = onInsert.mock.calls[0] ?? [];
    expect((chosen as Template).id).toBe('order');
    expect(text).toBe('Hi Marie, DM us your order number.');
  });

  it('closes with Escape without inserting', async () => {
    const { user, onInsert, onClose } = setup();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('previews the selected template with its variables filled', async () => {
    const { user } = setup();
    await user.keyboard('thank');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview).toHaveTextContent('Thanks Marie! — Sam');
    await user.clear(screen.getByRole('searchbox'));
    await user.keyboard('remerc');
    expect(preview).toHaveTextContent('Merci Marie !');
  });

  it('puts templates of the comment’s clauses first and marks them', () => {
    setup({ ranking: { language: 'en', ruleIds: ['insult'], activeBrandId: null } });
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveTextContent('Guidelines reminder');
    expect(first).toHaveTextContent('Suggested for this comment');
  });

  it('ranks templates in the comment’s language first', () => {
    setup({ ranking: { language: 'fr', ruleIds: [], activeBrandId: null } });
    expect(optionNames()[0]).toMatch(/^Remerciement/);
  });

  it('reports unknown variables and text over the platform limit', async () => {
    const long = template({ id: 'long', title: 'Long one', body: `{{orderNumber}} ${'a'.repeat(300)}` });
    setup({ templates: [long] });
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview).toHaveTextContent('Unknown variables left as they are: {{orderNumber}}');
    expect(preview).toHaveTextContent('over the 280-character limit of X');
  });

  it('speaks French when the UI is French', () => {
    setup({ uiLanguage: 'fr', templates: starterTemplates(0) });
    const dialog = screen.getByRole('dialog', { name: 'Modèles' });
    expect(within(dialog).getByRole('searchbox', { name: 'Rechercher un modèle' })).toBeInTheDocument();
    expect(within(dialog).getByRole('region', { name: 'Aperçu' })).toBeInTheDocument();
  });
});
