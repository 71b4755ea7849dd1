import { describe, expect, it } from 'vitest';
import { snapshotSvg } from './svg-snapshot';

describe('snapshotSvg', () => {
  it('puts each element on its own line and keeps numbers as drawn', () => {
    expect(snapshotSvg('<g transform="translate(86.67,0)"><text>84,41%</text></g>')).toBe(
      '<g transform="translate(86.67,0)">\n<text>84,41%</text>\n</g>\n',
    );
  });

  it('keeps the runs of a text on one line, where a newline would render', () => {
    expect(snapshotSvg('<text><tspan>a</tspan><tspan>b</tspan></text>')).toBe(
      '<text><tspan>a</tspan><tspan>b</tspan></text>\n',
    );
  });
});
