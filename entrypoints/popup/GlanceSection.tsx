import { useI18n } from '@/components/i18n';
import type { Interaction } from '@/lib/model';
import { PLATFORM_LABELS, type Platform } from '@/lib/platforms';
import { todayFigures } from '@/lib/stats/today';

export function GlanceSection({ day, interactions }: { day: string; interactions: readonly Interaction[] }) {
  const { t } = useI18n();
  const figures = todayFigures(day, interactions);
  const platforms = (Object.keys(figures.byPlatform) as Platform[]).filter((p) => {
    const slot = figures.byPlatform[p];
    return slot && slot.replied + slot.moderated > 0;
  });
  return (
    <section className="glance" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('popupGlanceTitle')}</h2>
      <dl className="figures">
        <div>
          <dt>{t('popupReplies')}</dt>
          <dd>{figures.replied}</dd>
        </div>
        <div>
          <dt>{t('popupModerated')}</dt>
          <dd>{figures.moderated}</dd>
        </div>
        <div>
          <dt>{t('popupRiskySeen')}</dt>
          <dd>{figures.riskySeen}</dd>
        </div>
      </dl>
      {platforms.length > 0 ? (
        <ul className="by-platform">
          {platforms.map((platform) => (
            <li key={platform}>
              {t('popupByPlatform', {
                platform: PLATFORM_LABELS[platform],
                replied: figures.byPlatform[platform]?.replied ?? 0,
                moderated: figures.byPlatform[platform]?.moderated ?? 0,
              })}
            </li>
          ))}
        </ul>
      ) : (
        interactions.length === 0 && <p className="empty">{t('popupNoActivity')}</p>
      )}
    </section>
  );
}
