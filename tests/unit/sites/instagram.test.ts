import { instagramAdapter } from '@/lib/sites/instagram/adapter';
import { loadFixture } from './load-fixture';

describe('Instagram adapter', () => {
  beforeEach(() => loadFixture('instagram', 'https://www.instagram.com/p/DAbCdEfGhIj/'));

  it('finds the comments and the reply as list items of the post', () => {
    expect(instagramAdapter.findComments(document)).toHaveLength(3);
  });

  it("reads the comment's text without the user name", () => {
    const read = instagramAdapter.readComment(instagramAdapter.findComments(document)[0]!);
    expect(read?.text).toBe('Vous êtes vraiment des connards, deux semaines sans réponse');
    expect(read?.author).toBe('marie.cafe');
    expect(read?.permalink).toBe('https://www.instagram.com/p/DAbCdEfGhIj/c/18012345678901234/');
    expect(read?.timestamp).toBe(Date.parse('2026-10-25T18:20:00.000Z'));
    expect(read?.key).toBe('instagram:18012345678901234');
  });

  it('reads a reply on its own', () => {
    const read = instagramAdapter.readComment(instagramAdapter.findComments(document)[1]!);
    expect(read?.text).toBe('We are sorry Marie, we sent you a DM.');
    expect(read?.author).toBe('tactcoffee');
  });

  it('finds the comment textarea and its Post button', () => {
    const [composer] = instagramAdapter.findComposers(document);
    expect(composer).toHaveAttribute('aria-label', 'Add a comment…');
    expect(instagramAdapter.sendButton(composer!)).toHaveTextContent('Post');
  });
});
