/** The picker's keyboard shortcut, as the CM writes it in the settings: "Alt+Shift+T", "Ctrl+;"… */
export interface Shortcut {
  alt: boolean;
  shift: boolean;
  ctrl: boolean;
  meta: boolean;
  /** Upper-case letter or digit, or the key's name ("F2", ";"). */
  key: string;
}

export interface KeyLike {
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  key: string;
  code: string;
}

export const DEFAULT_PICKER_SHORTCUT = 'Alt+Shift+T';

export function parseShortcut(text: string): Shortcut | null {
  const parts = text
    .split('+')
    .map((part) => part.trim())
    .filter(Boolean);
  const key = parts.pop();
  if (!key) return null;
  const shortcut: Shortcut = { alt: false, shift: false, ctrl: false, meta: false, key: key.toUpperCase() };
  for (const part of parts) {
    const modifier = part.toLowerCase();
    if (modifier === 'alt' || modifier === 'option') shortcut.alt = true;
    else if (modifier === 'shift') shortcut.shift = true;
    else if (modifier === 'ctrl' || modifier === 'control') shortcut.ctrl = true;
    else if (modifier === 'meta' || modifier === 'cmd' || modifier === 'command') shortcut.meta = true;
    else return null;
  }
  return shortcut;
}

/** Letters and digits are matched on the physical key: Alt+Shift changes `key` on macOS ("ˇ" for T). */
export function matchesShortcut(event: KeyLike, shortcut: Shortcut): boolean {
  if (
    event.altKey !== shortcut.alt ||
    event.shiftKey !== shortcut.shift ||
    event.ctrlKey !== shortcut.ctrl ||
    event.metaKey !== shortcut.meta
  ) {
    return false;
  }
  if (/^[A-Z]$/.test(shortcut.key))
    return event.code === `Key${shortcut.key}` || event.key.toUpperCase() === shortcut.key;
  if (/^[0-9]$/.test(shortcut.key))
    return event.code === `Digit${shortcut.key}` || event.key === shortcut.key;
  return event.key.toUpperCase() === shortcut.key;
}
