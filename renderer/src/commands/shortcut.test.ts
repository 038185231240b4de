import { describe, expect, it } from 'vitest';
import { matchesShortcut, shortcutLabel } from './shortcut';

const key = (over: Partial<KeyboardEvent>) => ({
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  key: '',
  code: '',
  ...over,
});

describe('keyboard shortcuts', () => {
  it('matches Alt+N by the physical key, whatever character the layout types', () => {
    expect(matchesShortcut(key({ altKey: true, key: 'ñ', code: 'KeyN' }), 'Alt+N', false)).toBe(true);
    expect(matchesShortcut(key({ altKey: true, key: '˜', code: 'KeyN' }), 'Alt+N', true)).toBe(true);
  });

  it('needs exactly the modifiers written', () => {
    expect(matchesShortcut(key({ key: 'n', code: 'KeyN' }), 'Alt+N', false)).toBe(false);
    expect(
      matchesShortcut(key({ altKey: true, shiftKey: true, key: 'N', code: 'KeyN' }), 'Alt+N', false),
    ).toBe(false);
  });

  it('Mod is Ctrl on Windows and Linux and ⌘ on macOS', () => {
    expect(matchesShortcut(key({ ctrlKey: true, key: 'k', code: 'KeyK' }), 'Mod+K', false)).toBe(true);
    expect(matchesShortcut(key({ metaKey: true, key: 'k', code: 'KeyK' }), 'Mod+K', true)).toBe(true);
    expect(matchesShortcut(key({ ctrlKey: true, key: 'k', code: 'KeyK' }), 'Mod+K', true)).toBe(false);
    expect(shortcutLabel('Mod+K', false)).toBe('Ctrl+K');
    expect(shortcutLabel('Mod+K', true)).toBe('⌘K');
  });

  it('matches digits and named keys', () => {
    expect(matchesShortcut(key({ altKey: true, key: '1', code: 'Digit1' }), 'Alt+1', false)).toBe(true);
    expect(matchesShortcut(key({ key: 'F2', code: 'F2' }), 'F2', false)).toBe(true);
  });
});
