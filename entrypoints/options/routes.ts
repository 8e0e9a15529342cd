import { useEffect, useState } from 'react';
import type { MessageKey } from '@/lib/i18n';

/** The sections, in the order of the navigation; the popup links to them by hash (`options.html#log`). */
export const SECTIONS = [
  'templates',
  'charter',
  'brands',
  'checklist',
  'log',
  'reports',
  'backup',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<Section, MessageKey> = {
  templates: 'optNavTemplates',
  charter: 'optNavCharter',
  brands: 'optNavBrands',
  checklist: 'optNavChecklist',
  log: 'optNavLog',
  reports: 'optNavReports',
  backup: 'optNavBackup',
  settings: 'optNavSettings',
};

export function sectionOfHash(hash: string): Section {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (SECTIONS as readonly string[]).includes(name ?? '') ? (name as Section) : 'templates';
}

export function useHashSection(): Section {
  const [section, setSection] = useState(() => sectionOfHash(location.hash));
  useEffect(() => {
    const update = () => setSection(sectionOfHash(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return section;
}
