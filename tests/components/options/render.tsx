import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nProvider } from '@/components/i18n';
import type { Lang } from '@/lib/model';

export function renderInPage(ui: ReactElement, lang: Lang = 'en') {
  const user = userEvent.setup();
  return { user, ...render(<I18nProvider lang={lang}>{ui}</I18nProvider>) };
}

/** Captures what the page hands to a download link (Blob + object URL). */
export function captureDownloads(): { files: { name: string; text: () => Promise<string> }[] } {
  const captured: { files: { name: string; text: () => Promise<string> }[] } = { files: [] };
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) captured.files.push({ name: this.download, text: () => blob.text() });
  });
  return captured;
}
