import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Loads tests/fixtures/sites/<name>.html into the test document at the platform's URL. happy-dom does not
 * parse declarative shadow DOM, so `<template shadowrootmode="open">` is attached by hand, as the browser does.
 */
export function loadFixture(name: string, url: string): Document {
  const html = readFileSync(resolve(__dirname, '../../fixtures/sites', `${name}.html`), 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html;
  document.body.innerHTML = body;
  for (const template of Array.from(document.querySelectorAll('template[shadowrootmode]')).reverse()) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
  }
  return document;
}
