import { describe, expect, it } from 'vitest';
import { nextTheme, resolveTheme } from '../../../src/components/filters/theme.ts';

describe('themes', () => {
  const rows = [
    { theme: 'auto', dark: false, expected: 'light' },
    { theme: 'auto', dark: true, expected: 'dark' },
    { theme: 'light', dark: true, expected: 'light' },
    { theme: 'dark', dark: false, expected: 'dark' },
  ] as const;
  it.each(rows)('$theme with a dark system: $dark → $expected', ({ theme, dark, expected }) => {
    expect(resolveTheme(theme, dark)).toBe(expected);
  });
  it('cycles auto → light → dark → auto', () => {
    expect([nextTheme('auto'), nextTheme('light'), nextTheme('dark')]).toEqual(['light', 'dark', 'auto']);
  });
});
