/** The fixture feeds of tests/e2e/www/<host>/, one per platform, and how their comments are marked up. */
export interface FixturePage {
  platform: string;
  url: string;
  /** The comment containers the platform's adapter judges. */
  container: string;
}

export const FIXTURE_PAGES: FixturePage[] = [
  { platform: 'x', url: 'https://x.com/tact_fixture/status/1', container: 'article[data-testid="tweet"]' },
  {
    platform: 'facebook',
    url: 'https://www.facebook.com/tactcoffee/posts/pfbid02abc',
    container: 'div[role="article"][aria-label]',
  },
  { platform: 'instagram', url: 'https://www.instagram.com/p/DAbCdEfGhIj/', container: 'article ul > li' },
  {
    platform: 'youtube',
    url: 'https://www.youtube.com/watch?v=tactvideo01',
    container: 'ytd-comment-view-model',
  },
  {
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/',
    container: 'article.comments-comment-entity',
  },
  {
    platform: 'reddit',
    url: 'https://www.reddit.com/r/tactcoffee/comments/1gabc12/new_autumn_roast_is_out/',
    container: 'shreddit-comment',
  },
  {
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@tactcoffee/video/7430000000000000001',
    container: '[class*="DivCommentItemContainer"]',
  },
];

/** The template the tests link to the insult clause, to check that the badge offers it. */
export const LINKED_TEMPLATE = {
  id: 'tpl_e2e_insult_en',
  brandId: null,
  language: 'en',
  title: 'Calm answer to an insult',
  body: 'Hello {{firstName|there}}, we hear you. Let us keep this respectful. {{signature}}',
  tags: ['e2e'],
  clauseIds: ['insult'],
  usageCount: 0,
  createdAt: 1,
  updatedAt: 1,
};
