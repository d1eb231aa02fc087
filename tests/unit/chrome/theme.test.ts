import { describe, expect, it } from 'vitest';
import { nextTheme } from '../../../src/chrome/theme';

describe('the theme toggle', () => {
  it('cycles system → light → dark → system', () => {
    expect(nextTheme('system')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('system');
  });
});
