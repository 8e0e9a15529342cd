import { describe, expect, it } from 'vitest';
import { type KeyLike, matchesShortcut, parseShortcut } from '@/lib/insertion/shortcut';
import { countOccurrences, EDITOR_KINDS, judgeInsertion, TECHNIQUES } from '@/lib/insertion/techniques';

describe('insertion techniques', () => {
  it('tries paste first in Draft.js and never execCommand in Slate, whose model it does not reach', () => {
    expect(TECHNIQUES.draft[0]).toBe('paste');
    expect(TECHNIQUES.lexical[0]).toBe('paste');
    expect(TECHNIQUES.slate).not.toContain('execCommand');
    for (const kind of EDITOR_KINDS) expect(TECHNIQUES[kind].length).toBeGreaterThan(0);
  });

  it('counts the text across the line and block breaks an editor adds', () => {
    expect(countOccurrences('Hello\n\nworld  and Hello\u00a0world', 'Hello world')).toBe(2);
  });

  it('judges an insertion from the content before and after', () => {
    expect(judgeInsertion('', 'Hi Jane', 'Hi Jane')).toBe('inserted');
    expect(judgeInsertion('Hi Jane', 'Hi Jane Hi Jane', 'Hi Jane')).toBe('inserted');
    expect(judgeInsertion('', '', 'Hi Jane')).toBe('unchanged');
    expect(judgeInsertion('', 'Hi JaneHi Jane', 'Hi Jane')).toBe('duplicated');
    expect(judgeInsertion('', 'Jane', 'Hi\nJane')).toBe('garbled');
  });
});

describe('picker shortcut', () => {
  const key = (over: Partial<KeyLike>): KeyLike => ({
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    key: '',
    code: '',
    ...over,
  });

  it('reads "Alt+Shift+T" and matches it on the physical key', () => {
    const shortcut = parseShortcut('Alt+Shift+T');
    expect(shortcut).not.toBeNull();
    if (!shortcut) return;
    expect(matchesShortcut(key({ altKey: true, shiftKey: true, key: 'ˇ', code: 'KeyT' }), shortcut)).toBe(
      true,
    );
    expect(matchesShortcut(key({ altKey: true, key: 't', code: 'KeyT' }), shortcut)).toBe(false);
    expect(matchesShortcut(key({ shiftKey: true, key: 'T', code: 'KeyT' }), shortcut)).toBe(false);
  });

  it('accepts other shortcuts and refuses unknown modifiers', () => {
    const shortcut = parseShortcut('Ctrl+;');
    expect(shortcut && matchesShortcut(key({ ctrlKey: true, key: ';', code: 'Semicolon' }), shortcut)).toBe(
      true,
    );
    expect(parseShortcut('Hyper+T')).toBeNull();
    expect(parseShortcut('')).toBeNull();
  });
});
