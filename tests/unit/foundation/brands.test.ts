import { describe, expect, it } from 'vitest';
import { brandForUrl, pageKey, siteKey, urlMatchesPattern } from '@/lib/brands';
import type { Brand } from '@/lib/model';

const brand = (id: string, ownedPages: string[]): Brand => ({
  id,
  name: id,
  signature: '',
  language: 'fr',
  ownedPages,
  charterId: 'c',
  createdAt: 0,
  updatedAt: 0,
});

describe('owned-page patterns', () => {
  it.each([
    ['https://x.com/tactcoffee*', 'https://x.com/tactcoffee/status/12', true],
    ['https://x.com/tactcoffee*', 'https://x.com/other/status/12', false],
    ['x.com/tactcoffee*', 'https://x.com/tactcoffee', true],
    ['*facebook.com/tactgym*', 'https://www.facebook.com/tactgym/posts/1', true],
    ['https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abc', true],
    ['https://www.youtube.com/@tact', 'https://www.youtube.com/@tact/videos', true],
    ['https://www.youtube.com/@tact', 'https://www.youtube.com/@tactless', false],
    ['', 'https://x.com/', false],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(urlMatchesPattern(url, pattern)).toBe(expected);
  });

  it('never hangs on patterns full of stars', () => {
    const pattern = `${'*a'.repeat(200)}*b`;
    expect(urlMatchesPattern('a'.repeat(5000), pattern)).toBe(false);
  });
});

describe('the brand that follows the page', () => {
  const coffee = brand('coffee', ['https://x.com/tactcoffee*']);
  const gym = brand('gym', ['*x.com/tactgym*', 'https://x.com/tactgym/status/9*']);

  it('picks the brand that owns the page, by its most specific pattern', () => {
    expect(brandForUrl([coffee, gym], 'https://x.com/tactgym/status/9', 'coffee')?.id).toBe('gym');
    expect(brandForUrl([coffee, gym], 'https://x.com/tactcoffee/status/1', 'gym')?.id).toBe('coffee');
  });

  it('falls back to the active brand, then to the first one', () => {
    expect(brandForUrl([coffee, gym], 'https://www.reddit.com/r/all', 'gym')?.id).toBe('gym');
    expect(brandForUrl([coffee, gym], 'https://www.reddit.com/r/all', null)?.id).toBe('coffee');
    expect(brandForUrl([], 'https://www.reddit.com/r/all', null)).toBeNull();
  });

  it('keys sites by host and pages by address without the hash', () => {
    expect(siteKey('https://WWW.Reddit.com/r/x#top')).toBe('www.reddit.com');
    expect(pageKey('https://x.com/a/status/1#reply')).toBe('https://x.com/a/status/1');
    expect(siteKey('not a url')).toBe('');
  });
});
