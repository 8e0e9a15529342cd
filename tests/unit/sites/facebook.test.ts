import { facebookAdapter } from '@/lib/sites/facebook/adapter';
import { loadFixture } from './load-fixture';

describe('Facebook adapter', () => {
  beforeEach(() => loadFixture('facebook', 'https://www.facebook.com/tactcoffee/posts/pfbid02abc'));

  it('finds comments and replies (French and English labels), not the post', () => {
    const found = facebookAdapter.findComments(document);
    expect(found.map((el) => el.getAttribute('aria-label')?.split(' ')[0])).toEqual([
      'Commentaire',
      'Réponse',
      'Comment',
    ]);
  });

  it('reads every paragraph of a comment, without the reply nested under it', () => {
    const read = facebookAdapter.readComment(facebookAdapter.findComments(document)[0]!);
    expect(read?.text).toBe('Toujours pas remboursée, vous êtes des abrutis.\nJe ne reviendrai pas.');
    expect(read?.author).toBe('Claire Martin');
    expect(read?.permalink).toBe(
      'https://www.facebook.com/claire.martin.52?comment_id=Y29tbWVudDoxMjM0NQ%3D%3D',
    );
    expect(read?.key).toBe('facebook:Y29tbWVudDoxMjM0NQ==');
  });

  it('keys a reply by its reply_comment_id', () => {
    const read = facebookAdapter.readComment(facebookAdapter.findComments(document)[1]!);
    expect(read?.text).toBe('Bonjour Claire, nous vous écrivons en privé.');
    expect(read?.key).toBe('facebook:67890');
  });

  it('finds the Lexical comment box and its submit control', () => {
    const [composer] = facebookAdapter.findComposers(document);
    expect(composer).toHaveAttribute('data-lexical-editor', 'true');
    expect(facebookAdapter.sendButton(composer!)).toHaveAttribute('id', 'focused-state-composer-submit');
  });
});
