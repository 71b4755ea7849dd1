import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectSvgSnapshot, normalizeSvg } from './svg-snapshot';

describe('svg snapshots', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'svg-snapshot-'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rounds numbers to two decimals and keeps text runs on one line', () => {
    expect(normalizeSvg('<g transform="translate(86.66666666666669,-0.001)"><text>84,41%</text></g>')).toBe(
      '<g transform="translate(86.67,0)">\n<text>84,41%</text>\n</g>\n',
    );
    expect(normalizeSvg('<text><tspan>a</tspan><tspan>b</tspan></text>')).toBe(
      '<text><tspan>a</tspan><tspan>b</tspan></text>\n',
    );
  });

  it('creates a missing golden file outside CI, then matches it', () => {
    vi.stubEnv('CI', '');
    expectSvgSnapshot('<svg><g/></svg>', 'x', dir);
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toBe('<svg>\n<g/>\n</svg>\n');
    expect(() => expectSvgSnapshot('<svg><g/></svg>', 'x', dir)).not.toThrow();
  });

  it('fails on a missing golden file under CI and writes nothing', () => {
    vi.stubEnv('CI', 'true');
    expect(() => expectSvgSnapshot('<svg/>', 'x', dir)).toThrow(/Missing snapshot/);
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
  });

  it('fails on a difference and writes NAME-changed.svg, removed once it matches again', () => {
    vi.stubEnv('CI', '');
    expectSvgSnapshot('<svg><rect width="10"/></svg>', 'x', dir);
    expect(() => expectSvgSnapshot('<svg><rect width="11"/></svg>', 'x', dir)).toThrow(/differs at line 2/);
    expect(readFileSync(join(dir, 'x-changed.svg'), 'utf8')).toContain('width="11"');
    expectSvgSnapshot('<svg><rect width="10.001"/></svg>', 'x', dir);
    expect(existsSync(join(dir, 'x-changed.svg'))).toBe(false);
  });
});
