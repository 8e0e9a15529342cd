import { type ComponentType, useEffect, useRef } from 'react';
import { useI18n } from '@/components/i18n';
import { SECTION_LABELS, SECTIONS, type Section, useHashSection } from './routes';
import { BackupSection } from './sections/BackupSection';
import { BrandsSection } from './sections/BrandsSection';
import { CharterSection } from './sections/CharterSection';
import { ChecklistSection } from './sections/ChecklistSection';
import { LogSection } from './sections/LogSection';
import { ReportsSection } from './sections/ReportsSection';
import { SettingsSection } from './sections/SettingsSection';
import { TemplatesSection } from './sections/TemplatesSection';

const VIEWS: Record<Section, ComponentType> = {
  templates: TemplatesSection,
  charter: CharterSection,
  brands: BrandsSection,
  checklist: ChecklistSection,
  log: LogSection,
  reports: ReportsSection,
  backup: BackupSection,
  settings: SettingsSection,
};

export function OptionsApp() {
  const { t } = useI18n();
  const section = useHashSection();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const View = VIEWS[section];

  useEffect(() => {
    document.title = `${t(SECTION_LABELS[section])} — ${t('optPageTitle')}`;
    // Moving focus to the new section tells screen-reader users the page changed; not on first load.
    if (firstRender.current) firstRender.current = false;
    else mainRef.current?.focus();
  }, [section, t]);

  return (
    <div className="layout">
      <header className="masthead">
        <h1 className="brandmark">{t('extName')}</h1>
        <p className="tagline">{t('optTagline')}</p>
      </header>
      <nav className="sidenav" aria-label={t('optNavLabel')}>
        <ul>
          {SECTIONS.map((name) => (
            <li key={name}>
              <a href={`#${name}`} aria-current={name === section ? 'page' : undefined}>
                {t(SECTION_LABELS[name])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main ref={mainRef} tabIndex={-1} className="content">
        <View />
      </main>
    </div>
  );
}
