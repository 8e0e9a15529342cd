import { rules, spansOf } from '../support/starter-scan';

describe('a complaint that went viral', () => {
  it.each([
    [
      'My video of your staff went viral, 2.3M views and people are tagging you everywhere',
      'My video of your staff went viral, 2.3M views and people are tagging you everywhere',
    ],
    [
      'Ma vidéo sur votre service client a fait 2 millions de vues sur TikTok, vous devriez réagir vite',
      'Ma vidéo sur votre service client a fait 2 millions de vues sur TikTok',
    ],
    ['my tiktok of your rude cashier has 1.2M views now', 'my tiktok of your rude cashier has 1.2M views'],
    ['ma vidéo de votre livreur a 40 000 vues', 'ma vidéo de votre livreur a 40 000 vues'],
  ])('is a crisis, from the customer’s video to its reach: "%s"', (text, marked) => {
    expect(spansOf(text, 'crisis')).toEqual([marked]);
  });

  it.each([
    'my video of your new store went viral, love you guys',
    'mon tiktok sur votre burger a fait 300k vues, c’est trop bon',
    'my video has 3 views lol, nobody cares about my unboxing',
    'Your Christmas ad is going viral, well deserved',
  ])('is no crisis when it is praise or reaches nobody: "%s"', (text) => {
    expect(rules(text)).not.toContain('crisis');
  });
});
