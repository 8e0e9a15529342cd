import { linkedinAdapter, linkedinPermalink } from '@/lib/sites/linkedin/adapter';
import { loadFixture } from './load-fixture';

describe('LinkedIn adapter', () => {
  beforeEach(() => loadFixture('linkedin', 'https://www.linkedin.com/feed/'));

  it('finds the post, its comments and the reply', () => {
    expect(linkedinAdapter.findComments(document)).toHaveLength(4);
  });

  it("reads the post's own text, not its comments'", () => {
    const post = linkedinAdapter.findComments(document)[0]!;
    expect(linkedinAdapter.readComment(post)?.text).toBe(
      'We are hiring baristas in Lyon and Paris. Join us!',
    );
  });

  it('reads a comment and builds its permalink from the URNs', () => {
    const read = linkedinAdapter.readComment(linkedinAdapter.findComments(document)[1]!);
    expect(read?.text).toBe('Encore une annonce bidon, vous êtes des abrutis finis.');
    expect(read?.author).toBe('Pierre Lambert');
    expect(read?.permalink).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/?commentUrn=urn%3Ali%3Acomment%3A(activity%3A7250000000000000001%2C7250000000000000101)',
    );
    expect(read?.key).toBe('linkedin:urn:li:comment:(activity:7250000000000000001,7250000000000000101)');
  });

  it('gives no permalink for an URN it does not know', () => {
    expect(linkedinPermalink('urn:li:unknown:1')).toBeNull();
  });

  it('finds the Quill editor and its Comment button', () => {
    const [composer] = linkedinAdapter.findComposers(document);
    expect(composer).toHaveClass('ql-editor');
    expect(linkedinAdapter.sendButton(composer!)).toHaveTextContent('Comment');
  });
});
