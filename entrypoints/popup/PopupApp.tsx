import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { getDb } from '@/lib/db/database';
import { writeSettings } from '@/lib/db/settings-store';
import type { MessageKey } from '@/lib/i18n';
import type { Brand } from '@/lib/model';
import { bumpRevision } from '@/lib/revision';
import { ChecklistSection } from './ChecklistSection';
import { GlanceSection } from './GlanceSection';
import { RemindersSwitch, SilenceControls } from './PageControls';
import { UndoToast } from './UndoToast';
import { usePopupData } from './use-popup-data';
import { useToday } from './use-today';

const OPTION_LINKS: ReadonlyArray<{ hash: string; label: MessageKey }> = [
  { hash: 'templates', label: 'popupLinkTemplates' },
  { hash: 'charter', label: 'popupLinkCharter' },
  { hash: 'checklist', label: 'popupLinkChecklist' },
  { hash: 'log', label: 'popupLinkLog' },
  { hash: 'reports', label: 'popupLinkReports' },
];

async function switchBrand(brandId: string): Promise<void> {
  await writeSettings(getDb(), { activeBrandId: brandId });
  await bumpRevision();
}

function BrandSwitcher({ brands, activeId }: { brands: readonly Brand[]; activeId: string | null }) {
  const { t } = useI18n();
  if (brands.length === 0) return <span className="brand">{t('popupNoBrand')}</span>;
  return (
    <label className="brand">
      <span className="visually-hidden">{t('popupBrand')}</span>
      <select value={activeId ?? ''} onChange={(e) => void switchBrand(e.currentTarget.value)}>
        {brands.map((brand) => (
          <option key={brand.id} value={brand.id}>
            {brand.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PopupApp() {
  const { t } = useI18n();
  const day = useToday();
  const data = usePopupData(day);
  if (!data) {
    return (
      <main className="popup" aria-busy="true">
        <p>{t('loading')}</p>
      </main>
    );
  }
  const { settings, brands, checklist } = data;
  return (
    <main className="popup">
      <header className="top">
        <h1>{t('extName')}</h1>
        <BrandSwitcher brands={brands} activeId={checklist.brandId} />
      </header>
      <ChecklistSection checklist={checklist} day={day} brands={brands} />
      <GlanceSection day={day} interactions={checklist.interactions} />
      <SilenceControls settings={settings} />
      <RemindersSwitch settings={settings} />
      <nav className="links" aria-label={t('popupLinksLabel')}>
        {OPTION_LINKS.map(({ hash, label }) => (
          <a
            key={hash}
            href={browser.runtime.getURL(`/options.html#${hash}`)}
            target="_blank"
            rel="noreferrer"
          >
            {t(label)}
          </a>
        ))}
      </nav>
      <UndoToast />
    </main>
  );
}
