import { useI18n } from '@/components/i18n';

export function PopupApp() {
  const { t } = useI18n();
  return (
    <main>
      <h1>{t('extName')}</h1>
    </main>
  );
}
