/**
 * Risk highlights on the platform's page: wires the site adapter, the scanner, the template choice and
 * the reports. `startHighlights` is called once by ../start.ts, which feeds it every new page context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext } from '@/lib/messaging/protocol';
import type { Platform } from '@/lib/platforms';
import { adapterFor, setSelectorReporter } from '@/lib/sites';
import { reportError } from '../report-error';
import { RiskReporter } from './risk-report';
import { RiskScanner } from './scanner';
import { chooseTemplate, type TemplateInserter } from './template-choice';

export interface Highlights {
  setContext(context: PageContext): void;
  /** The page changed without a reload (single-page navigation). */
  rescan(): void;
}

export function startHighlights(
  ctx: ContentScriptContext,
  platform: Platform,
  insert: TemplateInserter | null,
): Highlights {
  setSelectorReporter((message) => reportError(new Error(message)));
  const reporter = new RiskReporter(ctx, platform);
  let context: PageContext | null = null;
  const scanner = new RiskScanner({
    ctx,
    adapter: adapterFor(platform),
    chooseTemplate: (comment, read, template) =>
      chooseTemplate(insert, comment, read, template, context, platform),
    onScanned: (summary) => reporter.report(summary),
  });
  return {
    setContext(next) {
      context = next;
      scanner.setContext(next);
    },
    rescan() {
      scanner.rescan();
    },
  };
}
