import type { Brand } from './model';

/**
 * Owned-page patterns are plain URLs where `*` stands for any run of characters, e.g.
 * `https://x.com/tactcoffee*` or `*facebook.com/tactcoffee*`. A pattern with no scheme matches any.
 * Written by hand (and not as user regexes) so a pattern can never hang the page.
 */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (!p) return false;
  const target = url.toLowerCase();
  const withScheme = /^[a-z]+:\/\//.test(p) || p.startsWith('*') ? p : `*://${p.replace(/^\/\//, '')}`;
  const parts = withScheme.split('*');
  const [first = '', ...rest] = parts;
  if (!target.startsWith(first)) return false;
  let at = first.length;
  for (let i = 0; i < rest.length; i++) {
    const part = rest[i] ?? '';
    const last = i === rest.length - 1;
    if (last) return part === '' || (target.length - part.length >= at && target.endsWith(part));
    const found = target.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  // No `*` at all: the pattern names a page exactly; a trailing slash or query still matches.
  return target === first || /^[/?#]/.test(target.slice(first.length));
}

/** The brand whose owned pages include the URL, by the longest pattern; else the active brand; else the first. */
export function brandForUrl(
  brands: readonly Brand[],
  url: string,
  activeBrandId: string | null,
): Brand | null {
  let best: { brand: Brand; length: number } | null = null;
  for (const brand of brands) {
    for (const pattern of brand.ownedPages) {
      if (urlMatchesPattern(url, pattern) && (!best || pattern.length > best.length)) {
        best = { brand, length: pattern.length };
      }
    }
  }
  if (best) return best.brand;
  return brands.find((b) => b.id === activeBrandId) ?? brands[0] ?? null;
}

/** Silencing works on a whole site (hostname) or on one page (URL without hash). */
export function siteKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.toString();
  } catch {
    return url;
  }
}
