import { screen, within } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { SECTIONS, sectionOfHash } from '@/entrypoints/options/routes';
import { renderInPage } from './render';

vi.mock('react-chartjs-2', () => ({ Bar: () => <canvas /> }));

describe('Options page frame', () => {
  it('maps the hashes the popup links to, and falls back to templates', () => {
    expect(SECTIONS.map((s) => sectionOfHash(`#${s}`))).toEqual([...SECTIONS]);
    expect(sectionOfHash('#/log')).toBe('log');
    expect(sectionOfHash('#nope')).toBe('templates');
    expect(sectionOfHash('')).toBe('templates');
  });

  it('has a navigation landmark with every section, and follows the hash', async () => {
    window.location.hash = '#reports';
    renderInPage(<OptionsApp />);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Templates',
      'Charter',
      'Brands',
      'Checklist',
      'Log',
      'Reports',
      'Backup and restore',
      'Settings',
    ]);
    expect(within(nav).getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Reports' })).toBeInTheDocument();

    await act(async () => {
      window.location.hash = '#backup';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Backup and restore' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    expect(document.title).toBe('Backup and restore — Tact — workshop');
  });

  it('speaks French', async () => {
    window.location.hash = '#log';
    renderInPage(<OptionsApp />, 'fr');
    expect(screen.getByRole('navigation', { name: 'Rubriques' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Journal' })).toBeInTheDocument();
  });
});
