import type { Platform } from '../platforms';
import { facebookAdapter } from './facebook/adapter';
import { GENERIC_SELECTORS, genericAdapter, readWholeContainer } from './generic';
import { guarded, reportSelectorMiss } from './health';
import { instagramAdapter } from './instagram/adapter';
import { linkedinAdapter } from './linkedin/adapter';
import { redditAdapter } from './reddit/adapter';
import { tiktokAdapter } from './tiktok/adapter';
import type { SiteAdapter } from './types';
import { xAdapter } from './x/adapter';
import { youtubeAdapter } from './youtube/adapter';

export { setSelectorReporter } from './health';
export type { BadgeSlot, CommentRead, SiteAdapter } from './types';

const ADAPTERS: Record<Exclude<Platform, 'other'>, SiteAdapter> = {
  x: xAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  youtube: youtubeAdapter,
  linkedin: linkedinAdapter,
  reddit: redditAdapter,
  tiktok: tiktokAdapter,
};

/** After this many containers without any text read, the text selector is taken as broken. */
const TEXT_MISSES_BEFORE_FALLBACK = 5;

const isDocument = (root: ParentNode): boolean => root.nodeType === 9;

/**
 * The platform's adapter, made safe: exceptions are reported and answered by generic detection; comment
 * selectors that find nothing on a whole page, or text selectors that find no text in any comment,
 * switch to generic detection until the platform's selectors match again.
 */
export function withGenericFallback(primary: SiteAdapter): SiteAdapter {
  const name = primary.platform;
  const genericContainers = GENERIC_SELECTORS.items.map((item) => item.container).join(', ');
  let containersDegraded = false;
  let textDegraded = false;
  let textMisses = 0;

  const findGeneric = (root: ParentNode) =>
    guarded(
      name,
      'generic containers',
      () => genericAdapter.findComments(root),
      () => [],
    );

  return {
    platform: name,
    findComments(root) {
      const found = guarded(
        name,
        'comment containers',
        () => primary.findComments(root),
        () => null,
      );
      if (found && found.length > 0) {
        if (isDocument(root)) containersDegraded = false;
        return found;
      }
      if (found && isDocument(root)) {
        const generic = findGeneric(root);
        containersDegraded = generic.length > 0;
        if (containersDegraded) reportSelectorMiss(name, 'comment containers', 'matched nothing on the page');
        return generic;
      }
      return found === null || containersDegraded ? findGeneric(root) : [];
    },
    containerOf(node) {
      const own = guarded(
        name,
        'comment containers',
        () => primary.containerOf(node),
        () => null,
      );
      if (own || !containersDegraded) return own;
      return guarded(
        name,
        'generic containers',
        () => genericAdapter.containerOf(node),
        () => null,
      );
    },
    readComment(container) {
      return guarded(
        name,
        'comment text',
        () => {
          const read = primary.readComment(container);
          if (read) {
            textMisses = 0;
            textDegraded = false;
            return read;
          }
          if (primary.containerOf(container) !== container) return genericAdapter.readComment(container);
          textMisses += 1;
          if (!textDegraded && textMisses >= TEXT_MISSES_BEFORE_FALLBACK) {
            textDegraded = true;
            reportSelectorMiss(name, 'comment text', 'found no text in several comments');
          }
          return textDegraded ? readWholeContainer(name, container, genericContainers) : null;
        },
        () => readWholeContainer(name, container, genericContainers),
      );
    },
    badgeSlot(container, read) {
      return guarded(
        name,
        'badge slot',
        () => primary.badgeSlot(container, read),
        () => ({
          parent: container,
          before: null,
        }),
      );
    },
    findComposers(root) {
      return guarded(
        name,
        'composer',
        () => primary.findComposers(root),
        () => genericAdapter.findComposers(root),
      );
    },
    findComposerOpeners(root) {
      return guarded(
        name,
        'composer opener',
        () => primary.findComposerOpeners(root),
        () => [],
      );
    },
    sendButton(composer) {
      return guarded(
        name,
        'send button',
        () => primary.sendButton(composer),
        () => genericAdapter.sendButton(composer),
      );
    },
    commentOfComposer(composer) {
      return guarded(
        name,
        'composer comment',
        () => primary.commentOfComposer(composer),
        () => null,
      );
    },
  };
}

/** The adapter of a platform, with its fallback; `other` gets generic detection. */
export function adapterFor(platform: Platform): SiteAdapter {
  return platform === 'other' ? genericAdapter : withGenericFallback(ADAPTERS[platform]);
}

export { genericAdapter };
