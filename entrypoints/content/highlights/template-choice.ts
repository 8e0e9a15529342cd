/**
 * A template chosen in a badge: inserted into that comment's reply box by the composer feature when the
 * site allows it; otherwise rendered and copied to the clipboard, or shown for the CM to copy.
 */
import type { PageContext } from '@/lib/messaging/protocol';
import type { Template } from '@/lib/model';
import type { Platform } from '@/lib/platforms';
import type { CommentRead } from '@/lib/sites';
import { renderTemplate, templateValues } from '@/lib/templates/render';
import type { TemplateOutcome } from './badge-panel';

export type TemplateInserter = (comment: Element, template: Template) => Promise<boolean>;

export function renderForComment(
  template: Template,
  read: CommentRead,
  context: PageContext | null,
  platform: Platform,
): string {
  const brand = context?.brand ?? null;
  return renderTemplate(
    template.body,
    templateValues({
      authorName: read.author,
      brandName: brand?.name,
      signature: context?.settings.signature || brand?.signature,
      platform,
      language: template.language,
      now: Date.now(),
    }),
  ).text;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export async function chooseTemplate(
  insert: TemplateInserter | null,
  comment: Element,
  read: CommentRead,
  template: Template,
  context: PageContext | null,
  platform: Platform,
): Promise<TemplateOutcome> {
  if (insert && (await insert(comment, template).catch(() => false))) return 'inserted';
  const text = renderForComment(template, read, context, platform);
  return (await copy(text)) ? 'copied' : { failed: text };
}
