import { describe, expect, it } from 'vitest';
import {
  CASES,
  contrastOnWhite,
  INK_MUTED,
  MONEY,
  seriesColors,
  TARGET,
  textColor,
} from '../../../src/lib/charts/palette';

describe('chart colours', () => {
  it('computes the WCAG contrast on white', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastOnWhite('#767676')).toBeCloseTo(4.54, 2);
  });

  it('makes every series colour readable as text (4.5:1) and keeps its hue', () => {
    const colors = [CASES, MONEY, ...seriesColors(['a', 'b', 'c', 'd', 'e', 'f', 'g'])];
    for (const color of colors) expect(contrastOnWhite(textColor(color))).toBeGreaterThanOrEqual(4.5);
    expect(textColor(CASES)).toBe(CASES);
    expect(textColor(MONEY)).not.toBe(MONEY);
    expect(contrastOnWhite(textColor(MONEY))).toBeLessThan(5.5);
  });

  it('writes targets and notes in colours that pass as text', () => {
    expect(contrastOnWhite(TARGET)).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite(INK_MUTED)).toBeGreaterThanOrEqual(4.5);
  });
});
