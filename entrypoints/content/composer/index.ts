/**
 * Charter-based replies in the platforms' reply boxes: the template picker beside the focused box, the
 * insertion into the site's editor, the pre-send guard, and the log of inserted and sent replies.
 * `startComposer` is wired by ../start.ts; `insertTemplateForComment` serves the highlights' badge.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { translator } from '@/lib/i18n';
import { DEFAULT_PICKER_SHORTCUT, matchesShortcut, parseShortcut } from '@/lib/insertion/shortcut';
import { countOccurrences, normalizeForCompare } from '@/lib/insertion/techniques';
import { sendMessage } from '@/lib/messaging/client';
import type { PageContext } from '@/lib/messaging/protocol';
import type { Template } from '@/lib/model';
import { platformOfHost } from '@/lib/platforms';
import { adapterFor } from '@/lib/sites';
import { renderTemplate } from '@/lib/templates/render';
import { reportError } from '../report-error';
import { CharterCheck } from './charter-check';
import { type AnsweredComment, findAnsweredComment, readAnsweredComment } from './comment-context';
import {
  deepActiveElement,
  editableRootOf,
  editorText,
  restoreCaret,
  type SavedCaret,
  saveCaret,
} from './editor';
import { GuardOverlay } from './guard-overlay';
import { insertIntoEditor } from './insert';
import { PageWorldBridge } from './main-world';
import { isInsideOverlay } from './overlay';
import { PickerOverlay } from './picker-overlay';
import { watchSends } from './send-watch';
import { composerFor, valuesFor } from './targets';

const GUARD_DELAY_MS = 300;
/** A click on Send and the form submission it causes are one reply. */
const SEND_DEDUP_MS = 1500;

interface InsertedReply {
  templateId: string;
  text: string;
  ruleIds: string[];
  commentPermalink?: string;
  commentAt?: number;
}

export type PageContextGetter = () => PageContext | null;

class ComposerController {
  private readonly platform = platformOfHost(location.hostname);
  private readonly adapter = adapterFor(this.platform);
  private readonly bridge: PageWorldBridge;
  private readonly check = new CharterCheck();
  private readonly inserted = new WeakMap<HTMLElement, InsertedReply>();
  private readonly lastSend = new WeakMap<HTMLElement, number>();
  private readonly picker: PickerOverlay;
  private readonly guard: GuardOverlay;
  private composer: HTMLElement | null = null;
  private guardTimer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly getContext: PageContextGetter,
  ) {
    this.picker = new PickerOverlay(ctx.signal, () => this.guarded(() => this.openPicker()));
    this.guard = new GuardOverlay(ctx.signal);
    this.bridge = new PageWorldBridge(ctx.signal);
  }

  private guarded(work: () => unknown): void {
    try {
      const result = work();
      if (result instanceof Promise) result.catch(reportError);
    } catch (error) {
      reportError(error);
    }
  }

  private get t() {
    return translator(this.getContext()?.uiLanguage ?? 'en');
  }

  private get shortcutText(): string {
    return this.getContext()?.settings.pickerShortcut || DEFAULT_PICKER_SHORTCUT;
  }

  /** The reply box an event targets: any text field or editor of the page, never our own UI. */
  composerOf(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof Element) || isInsideOverlay(target)) return null;
    const root = editableRootOf(target);
    if (!root) return null;
    if (root instanceof HTMLInputElement) return null;
    return root;
  }

  start(): void {
    const { signal } = this.ctx;
    document.addEventListener('focusin', (event) => this.guarded(() => this.onFocus(event)), {
      capture: true,
      signal,
    });
    window.addEventListener('keydown', (event) => this.guarded(() => this.onKey(event)), {
      capture: true,
      signal,
    });
    document.addEventListener(
      'input',
      (event) => {
        const composer = this.composerOf(event.composedPath()[0] ?? null);
        if (composer) this.scheduleGuard(composer);
      },
      { capture: true, signal },
    );
    watchSends(
      {
        platform: this.platform,
        adapter: this.adapter,
        currentComposer: () => this.composer,
        composerOf: (target) => this.composerOf(target),
        onSend: (composer) => this.guarded(() => this.onSend(composer)),
      },
      signal,
    );
    // Focus may already be in a reply box when the content script starts.
    const active = this.composerOf(deepActiveElement());
    if (active) this.focusComposer(active);
  }

  private onFocus(event: FocusEvent): void {
    const target = event.composedPath()[0] ?? null;
    if (isInsideOverlay(event.target)) return;
    const composer = this.composerOf(target);
    if (composer) {
      this.focusComposer(composer);
    } else if (!this.picker.isOpen) {
      this.picker.hideButton();
      this.guard.hide();
    }
  }

  private focusComposer(composer: HTMLElement): void {
    this.composer = composer;
    this.check.prepare(this.getContext()?.charter ?? null);
    this.picker.preload();
    // A silenced page keeps the keyboard shortcut but shows nothing by itself.
    if (this.getContext()?.silenced) return;
    const label = this.t('composerInsertTemplate');
    this.picker.showButton(composer, label, `${label} (${this.shortcutText})`);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.picker.isOpen || event.repeat) return;
    const shortcut = parseShortcut(this.shortcutText) ?? parseShortcut(DEFAULT_PICKER_SHORTCUT);
    if (!shortcut || !matchesShortcut(event, shortcut)) return;
    const composer = this.composerOf(event.composedPath()[0] ?? null);
    if (!composer) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.composer = composer;
    this.openPicker();
  }

  /** Opens the dialog for the reply box in use: templates ranked for the comment it answers. */
  openPicker(): void {
    const composer = this.composer;
    if (!composer?.isConnected) return;
    const context = this.getContext();
    const caret = saveCaret(composer);
    const answered = findAnsweredComment(composer, this.adapter);
    const ruleIds = this.rulesOf(answered);
    const brand = context?.brand ?? null;
    const uiLanguage = context?.uiLanguage ?? 'en';
    const language = answered?.text ? this.check.languageOf(answered.text) : (brand?.language ?? uiLanguage);
    this.focusComposer(composer);
    this.picker.openDialog(composer, {
      templates: context?.templates ?? [],
      ranking: { language, ruleIds, activeBrandId: brand?.id ?? null },
      values: valuesFor(context, answered, this.platform),
      platform: this.platform,
      uiLanguage,
      shortcut: this.shortcutText,
      onInsert: (template, text) =>
        this.guarded(() => this.insert(composer, caret, template, text, answered, ruleIds)),
      onClose: () => {
        this.picker.closeDialog();
        restoreCaret(composer, caret);
      },
    });
  }

  private rulesOf(answered: AnsweredComment | null): string[] {
    if (!answered) return [];
    return answered.markedRules ?? this.check.rulesOf(this.getContext()?.charter ?? null, answered.text);
  }

  async insert(
    composer: HTMLElement,
    caret: SavedCaret,
    template: Template,
    text: string,
    answered: AnsweredComment | null,
    ruleIds: string[],
  ): Promise<boolean> {
    this.picker.closeDialog();
    const result = await insertIntoEditor(composer, text, caret, this.bridge);
    if (!result.ok) {
      this.picker.toast(
        this.t(result.reason === 'unchanged' ? 'composerInsertFailed' : 'composerInsertGarbled'),
      );
      return false;
    }
    const reply: InsertedReply = {
      templateId: template.id,
      text,
      ruleIds,
      commentPermalink: answered?.permalink ?? undefined,
      commentAt: answered?.at ?? undefined,
    };
    this.inserted.set(composer, reply);
    this.scheduleGuard(composer);
    await sendMessage('logInteraction', {
      action: 'inserted',
      platform: this.platform,
      url: location.href,
      templateId: reply.templateId,
      ruleIds: reply.ruleIds,
      commentPermalink: reply.commentPermalink,
      commentAt: reply.commentAt,
    });
    return true;
  }

  /** From the highlights' badge: the comment's reply box (opened if collapsed) receives the template. */
  async insertForComment(comment: Element, template: Template): Promise<boolean> {
    const composer = await composerFor(comment, this.adapter, this.ctx.signal);
    if (!composer) return false;
    const answered = readAnsweredComment(comment, this.adapter);
    const context = this.getContext();
    const text = renderTemplate(template.body, valuesFor(context, answered, this.platform)).text;
    this.focusComposer(composer);
    return this.insert(composer, null, template, text, answered, this.rulesOf(answered));
  }

  private scheduleGuard(composer: HTMLElement): void {
    const context = this.getContext();
    if (context?.silenced || context?.settings.guardEnabled === false) return;
    clearTimeout(this.guardTimer);
    this.guardTimer = this.ctx.setTimeout(() => this.guarded(() => this.runGuard(composer)), GUARD_DELAY_MS);
  }

  private runGuard(composer: HTMLElement): void {
    const context = this.getContext();
    if (!composer.isConnected || !context) return;
    const problems = this.check.problemsIn(context.charter, editorText(composer), context.uiLanguage);
    this.guard.show(composer, problems, this.t);
  }

  private onSend(composer: HTMLElement): void {
    const text = editorText(composer);
    const now = Date.now();
    if (!normalizeForCompare(text) || now - (this.lastSend.get(composer) ?? 0) < SEND_DEDUP_MS) return;
    const reply = this.inserted.get(composer);
    const answered = reply ? null : findAnsweredComment(composer, this.adapter);
    if (!reply && !answered) return;
    this.lastSend.set(composer, now);
    this.inserted.delete(composer);
    this.guard.hide();
    const commentAt = reply?.commentAt ?? answered?.at ?? undefined;
    sendMessage('logInteraction', {
      action: 'replied',
      platform: this.platform,
      url: location.href,
      // The template counts only while its text is still in the reply.
      templateId: reply && countOccurrences(text, reply.text) > 0 ? reply.templateId : undefined,
      ruleIds: reply?.ruleIds ?? this.rulesOf(answered),
      commentPermalink: reply?.commentPermalink ?? answered?.permalink ?? undefined,
      commentAt,
      responseMs: commentAt !== undefined ? Math.max(0, now - commentAt) : undefined,
    }).catch(reportError);
  }
}

let controller: ComposerController | null = null;

export function startComposer(ctx: ContentScriptContext, getContext: PageContextGetter): void {
  controller = new ComposerController(ctx, getContext);
  ctx.onInvalidated(() => {
    controller = null;
  });
  controller.start();
}

/** Inserts a template into the reply box of a comment (opening it when collapsed); false when impossible. */
export async function insertTemplateForComment(
  commentElement: Element,
  template: Template,
): Promise<boolean> {
  if (!controller) return false;
  try {
    return await controller.insertForComment(commentElement, template);
  } catch (error) {
    reportError(error);
    return false;
  }
}
