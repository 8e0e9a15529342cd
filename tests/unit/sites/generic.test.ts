import { adapterFor } from '@/lib/sites';
import { genericAdapter } from '@/lib/sites/generic';
import { loadFixture } from './load-fixture';

describe('generic adapter', () => {
  beforeEach(() => loadFixture('generic', 'https://forum.example/t/42'));

  it('finds ARIA and schema.org comments and reads them whole', () => {
    const reads = genericAdapter.findComments(document).map((el) => genericAdapter.readComment(el));
    expect(reads).toHaveLength(2);
    expect(reads[0]?.text).toContain('You are an idiot and so is your support team.');
    expect(reads[0]?.author).toBe('Alex');
    expect(reads[0]?.permalink).toBe('https://forum.example/t/42#c-1');
    expect(reads[1]?.text).toBe('Bonne journée à tous');
  });

  it('finds any textarea and its form submit button', () => {
    const [composer] = genericAdapter.findComposers(document);
    expect(composer?.tagName).toBe('TEXTAREA');
    expect(genericAdapter.sendButton(composer!)).toHaveTextContent('Send');
  });
});

describe('fallback to generic detection', () => {
  it('uses generic detection when the platform selectors match nothing on the page', () => {
    loadFixture('generic', 'https://x.com/someone/status/1');
    const reported: string[] = [];
    const adapter = adapterFor('x');
    const found = adapter.findComments(document);
    expect(found).toHaveLength(2);
    expect(adapter.readComment(found[1]!)?.text).toBe('Bonne journée à tous');
    expect(adapter.containerOf(found[1]!.firstChild!)).toBe(found[1]);
    expect(reported).toEqual([]);
  });

  it('reads whole containers when the text selector stops matching', () => {
    loadFixture('x', 'https://x.com/tactcoffee/status/1');
    for (const el of document.querySelectorAll('[data-testid="tweetText"]'))
      el.removeAttribute('data-testid');
    const adapter = adapterFor('x');
    const tweets = [...adapter.findComments(document), ...adapter.findComments(document)];
    const reads = tweets.map((el) => adapter.readComment(el));
    expect(reads.at(-1)?.text).toContain('Lovely cup this morning');
  });

  it('never throws when the page breaks a selector', () => {
    loadFixture('x', 'https://x.com/tactcoffee/status/1');
    const adapter = adapterFor('x');
    const tweet = adapter.findComments(document)[0]!;
    Object.defineProperty(tweet, 'querySelectorAll', {
      value: () => {
        throw new Error('boom');
      },
    });
    expect(() => adapter.readComment(tweet)).not.toThrow();
  });
});
