import { youtubeAdapter } from '@/lib/sites/youtube/adapter';
import { loadFixture } from './load-fixture';

describe('YouTube adapter', () => {
  beforeEach(() => loadFixture('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'));

  it('finds top-level comments and replies', () => {
    expect(youtubeAdapter.findComments(document)).toHaveLength(3);
  });

  it('reads text, author and permalink, keyed by the lc parameter', () => {
    const read = youtubeAdapter.readComment(youtubeAdapter.findComments(document)[0]!);
    expect(read?.text).toBe('This guy is a complete idiot, the milk is way too hot.');
    expect(read?.author).toBe('@CoffeeNerd42');
    expect(read?.permalink).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzA1b2C3d4E5f6G7h8');
    expect(read?.key).toBe('youtube:UgzA1b2C3d4E5f6G7h8');
    expect(read?.timestamp).toBeNull();
  });

  it('reads a reply apart from its thread', () => {
    const read = youtubeAdapter.readComment(youtubeAdapter.findComments(document)[1]!);
    expect(read?.text).toBe('Thanks for the feedback! We aim for 60°C.');
    expect(read?.key).toBe('youtube:UgzA1b2C3d4E5f6G7h8.9xYzReply01');
  });

  it('finds the placeholder that opens the box, the box and its Comment button', () => {
    expect(youtubeAdapter.findComposerOpeners(document)[0]).toHaveAttribute('id', 'simplebox-placeholder');
    const [composer] = youtubeAdapter.findComposers(document);
    expect(composer).toHaveAttribute('id', 'contenteditable-root');
    expect(youtubeAdapter.sendButton(composer!)).toHaveAccessibleName('Comment');
  });
});
