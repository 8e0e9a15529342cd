import { xAdapter } from '@/lib/sites/x/adapter';
import { loadFixture } from './load-fixture';

describe('X adapter', () => {
  beforeEach(() => loadFixture('x', 'https://x.com/tactcoffee/status/1850000000000000001'));

  it('finds every tweet of the conversation', () => {
    expect(xAdapter.findComments(document)).toHaveLength(3);
  });

  it('reads the tweet text, author, permalink and time', () => {
    const [, reply] = xAdapter.findComments(document);
    const read = xAdapter.readComment(reply!);
    expect(read?.text).toBe(
      "@tactcoffee franchement le service client c'est des connards, commande jamais arrivée",
    );
    expect(read?.author).toBe('Julien Dupont');
    expect(read?.permalink).toBe('https://x.com/jdupont_75/status/1850000000000000002');
    expect(read?.timestamp).toBe(Date.parse('2026-10-26T09:02:11.000Z'));
    expect(read?.key).toBe('x:https://x.com/jdupont_75/status/1850000000000000002');
  });

  it("reads only the tweet's own text, not a quoted tweet's", () => {
    const quoting = xAdapter.findComments(document)[2]!;
    expect(xAdapter.readComment(quoting)?.text).toBe('Lovely cup this morning, thanks!');
  });

  it('maps text offsets back to the text nodes', () => {
    const read = xAdapter.readComment(xAdapter.findComments(document)[1]!)!;
    const at = read.text.indexOf('connards');
    const node = read.textMap.nodes.find((n) => n.data.includes('connards'))!;
    const index = read.textMap.nodes.indexOf(node);
    expect(node.data.slice(at - read.textMap.starts[index]!, at - read.textMap.starts[index]! + 8)).toBe(
      'connards',
    );
  });

  it('finds the reply box and its Reply button', () => {
    const [composer] = xAdapter.findComposers(document);
    expect(composer).toHaveAttribute('data-testid', 'tweetTextarea_0');
    expect(xAdapter.sendButton(composer!)).toHaveAttribute('data-testid', 'tweetButtonInline');
  });
});
