import { redditAdapter } from '@/lib/sites/reddit/adapter';
import { loadFixture } from './load-fixture';

describe('Reddit adapter', () => {
  beforeEach(() =>
    loadFixture('reddit', 'https://www.reddit.com/r/tactcoffee/comments/1gabc12/new_autumn_roast_is_out/'),
  );

  it('finds the post, the comments and the nested reply', () => {
    expect(redditAdapter.findComments(document).map((el) => el.tagName.toLowerCase())).toEqual([
      'shreddit-post',
      'shreddit-comment',
      'shreddit-comment',
      'shreddit-comment',
    ]);
  });

  it('reads a comment from its attributes, both paragraphs kept apart', () => {
    const read = redditAdapter.readComment(redditAdapter.findComments(document)[1]!);
    expect(read?.text).toBe(
      'Whoever runs this account is a moron.\nSend me a refund or I post your home address.',
    );
    expect(read?.author).toBe('throwaway_8812');
    expect(read?.permalink).toBe('https://www.reddit.com/r/tactcoffee/comments/1gabc12/comment/lq7abcd/');
    expect(read?.timestamp).toBe(Date.parse('2026-10-26T09:12:00.000Z'));
    expect(read?.key).toBe('reddit:t1_lq7abcd');
  });

  it('reads the post title and body', () => {
    const read = redditAdapter.readComment(redditAdapter.findComments(document)[0]!);
    expect(read?.text).toBe('New autumn roast is out\nTell us what you think of it.');
  });

  it('puts the badge in the slot of the comment text, or shreddit would not show it', () => {
    const comment = redditAdapter.findComments(document)[1]!;
    const slot = redditAdapter.badgeSlot(comment, redditAdapter.readComment(comment)!);
    expect(slot.parent).toBe(comment);
    expect(slot.slot).toBe('comment');
  });

  it('finds the textarea inside the collapsed input shadow root, and the Lexical editor', () => {
    const composers = redditAdapter.findComposers(document);
    expect(composers.some((el) => el.getAttribute('data-lexical-editor') === 'true')).toBe(true);
    const textarea = composers.find((el) => el.tagName === 'TEXTAREA');
    expect(textarea?.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect(redditAdapter.findComposerOpeners(document)[0]?.tagName).toBe('FACEPLATE-TEXTAREA-INPUT');
  });

  it("finds the Lexical editor's submit button", () => {
    const editor = redditAdapter
      .findComposers(document)
      .find((el) => el.hasAttribute('data-lexical-editor'))!;
    expect(redditAdapter.sendButton(editor)).toHaveAttribute('slot', 'submit-button');
  });
});
