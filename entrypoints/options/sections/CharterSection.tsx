import { useI18n } from '@/components/i18n';

export function CharterSection() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="charter-title">
      <h2 id="charter-title">{t('optNavCharter')}</h2>
    </section>
  );
}
