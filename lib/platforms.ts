/** The platforms Tact supports, and how a page's hostname maps to one of them. */
export const PLATFORMS = ['x', 'facebook', 'instagram', 'youtube', 'linkedin', 'reddit', 'tiktok'] as const;
export type SupportedPlatform = (typeof PLATFORMS)[number];
export type Platform = SupportedPlatform | 'other';

/** Registrable domains per platform; subdomains (www., m., old., mobile.) belong to the same platform. */
export const PLATFORM_DOMAINS: Record<SupportedPlatform, readonly string[]> = {
  x: ['x.com', 'twitter.com'],
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
  youtube: ['youtube.com'],
  linkedin: ['linkedin.com'],
  reddit: ['reddit.com'],
  tiktok: ['tiktok.com'],
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  tiktok: 'TikTok',
  other: 'Other',
};

/** Reply length limits that a CM hits in practice (characters). */
export const PLATFORM_LENGTH_LIMITS: Partial<Record<Platform, number>> = {
  x: 280,
  instagram: 2200,
  tiktok: 150,
  youtube: 10000,
  linkedin: 1250,
  reddit: 10000,
  facebook: 8000,
};

/** Match patterns of the content script: exactly the supported sites (`*.` also matches the bare domain). */
export const CONTENT_MATCHES: string[] = Object.values(PLATFORM_DOMAINS)
  .flat()
  .map((domain) => `https://*.${domain}/*`);

export function platformOfHost(hostname: string): Platform {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const platform of PLATFORMS) {
    if (PLATFORM_DOMAINS[platform].some((d) => host === d || host.endsWith(`.${d}`))) return platform;
  }
  return 'other';
}

export function platformOfUrl(url: string): Platform {
  try {
    return platformOfHost(new URL(url).hostname);
  } catch {
    return 'other';
  }
}
