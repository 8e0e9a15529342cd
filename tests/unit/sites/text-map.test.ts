import { plainTextOf, plainTextProbe, readText } from '@/lib/sites/text-map';

const NESTED = 'article, [contenteditable="true"], textarea';
const PROBE = plainTextProbe(NESTED);
const pruneNested = (el: Element) => el.matches(NESTED);

function comment(html: string): Element {
  document.body.innerHTML = `<div id="text">${html}</div>`;
  return document.getElementById('text')!;
}

describe('reading a comment in one call', () => {
  it('gives exactly the text the full read gives for plain spans, links and emoji images', () => {
    for (const html of [
      'Merci <span>beaucoup</span> !',
      '<span>@tact</span> <a href="/x">lien</a> <img alt="🙂"> fin',
      '<span><span>deep</span><em>er</em></span>',
      '',
    ]) {
      const root = comment(html);
      expect(plainTextOf(root, PROBE)).toBe(readText([root], pruneNested).text);
    }
  });

  it('leaves line breaks, blocks, buttons, nested comments and reply boxes to the full read', () => {
    for (const html of [
      'one<br>two',
      '<p>one</p><p>two</p>',
      'text <button>Translate</button>',
      'reply <article>nested</article>',
      'text <div contenteditable="true">draft</div>',
    ]) {
      const root = comment(html);
      expect(plainTextOf(root, PROBE)).toBeNull();
    }
    // What the full read makes of them: words of two lines never merge.
    expect(readText([comment('one<br>two')], pruneNested).text).toBe('one\ntwo');
  });
});
