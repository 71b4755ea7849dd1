import { describe, expect, it } from 'vitest';
import { percentTicks, shortenName } from '../../../src/lib/charts/labels';
import { textWidth } from '../../../src/lib/charts/palette';

describe('shortenName', () => {
  it('keeps a name that fits', () => {
    expect(shortenName('Hà Nội', 200)).toBe('Hà Nội');
  });

  it('cuts at spaces, keeping the last words that tell offices apart', () => {
    const name = 'Phòng Thi hành án dân sự khu vực 12 Thủ Dầu Một';
    const short = shortenName(name, 160);
    expect(textWidth(short)).toBeLessThanOrEqual(160);
    expect(short).toMatch(/^(\S+ )*… (\S+ )*Một$/u);
    for (const word of short.split(' ').filter((w) => w !== '…')) expect(name.split(' ')).toContain(word);
  });

  it('cuts one overlong word after its first letters', () => {
    expect(shortenName('Aaaaaaaaaaaaaaaaaaaaaaaa', 60)).toMatch(/^Aa+…$/);
    expect(textWidth(shortenName('Aaaaaaaaaaaaaaaaaaaaaaaa', 60))).toBeLessThanOrEqual(60);
  });
});

describe('percentTicks', () => {
  it('thins the ticks until "100%" labels have room between them', () => {
    expect(percentTicks(600)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(percentTicks(200)).toEqual([0, 25, 50, 75, 100]);
    expect(percentTicks(120)).toEqual([0, 50, 100]);
    expect(percentTicks(40)).toEqual([0, 100]);
  });
});
