import { tiktokAdapter } from '@/lib/sites/tiktok/adapter';
import { loadFixture } from './load-fixture';

describe('TikTok adapter', () => {
  beforeEach(() => loadFixture('tiktok', 'https://www.tiktok.com/@tactcoffee/video/7430000000000000001'));

  const readAll = () =>
    tiktokAdapter
      .findComments(document)
      .map((el) => tiktokAdapter.readComment(el))
      .filter((read) => read !== null);

  it('reads each comment and reply once; thread wrappers hold no text of their own', () => {
    expect(readAll().map((read) => read.text)).toEqual([
      "T'es vraiment un abruti, ça se voit que tu sais pas faire",
      'On reste zen, merci pour ton retour !',
      'so satisfying to watch',
    ]);
  });

  it('names the author and keys comments by author and text (no permalinks, recycled list)', () => {
    const [first, , third] = readAll();
    expect(first?.author).toBe('Nico Latte');
    expect(first?.permalink).toBeNull();
    expect(first?.key).toMatch(/^tiktok:h:[0-9a-z]+$/);
    expect(first?.key).not.toBe(third?.key);
  });

  it('finds the Draft.js input and the Post button', () => {
    const [composer] = tiktokAdapter.findComposers(document);
    expect(composer).toHaveAttribute('aria-label', 'Add comment...');
    expect(tiktokAdapter.sendButton(composer!)).toHaveAttribute('data-e2e', 'comment-post');
  });
});
