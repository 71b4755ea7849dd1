import { describe, expect, it } from 'vitest';
import { joinBase, parseSiteUrl, robotsTxt } from '../../src/lib/site-url';

describe('parseSiteUrl', () => {
  it('gives no address and the root base when SITE_URL is unset or empty', () => {
    expect(parseSiteUrl(undefined)).toEqual({ site: undefined, base: '/' });
    expect(parseSiteUrl('  ')).toEqual({ site: undefined, base: '/' });
  });

  it('takes the base from the path, with or without its trailing slash (configure-pages gives none)', () => {
    expect(parseSiteUrl('https://owner.github.io/thads/')).toEqual({
      site: 'https://owner.github.io/thads/',
      base: '/thads/',
    });
    expect(parseSiteUrl('https://owner.github.io/thads')).toEqual({
      site: 'https://owner.github.io/thads/',
      base: '/thads/',
    });
    expect(parseSiteUrl('https://thads.gov.vn')).toEqual({ site: 'https://thads.gov.vn/', base: '/' });
  });

  it('refuses what is not an http(s) address of a site', () => {
    expect(() => parseSiteUrl('owner.github.io/thads')).toThrow(/not an absolute address/);
    expect(() => parseSiteUrl('ftp://example.org/')).toThrow(/http\(s\)/);
    expect(() => parseSiteUrl('https://example.org/?x=1')).toThrow(/query/);
  });
});

describe('joinBase', () => {
  it('puts the base in front of a site path', () => {
    expect(joinBase('/', '/thads/')).toBe('/thads/');
    expect(joinBase('/du-lieu/thads.csv', '/thads/')).toBe('/thads/du-lieu/thads.csv');
    expect(joinBase('/du-lieu/#co-so-so-lieu', '/')).toBe('/du-lieu/#co-so-so-lieu');
  });

  it('refuses a relative path, which would resolve differently on every page', () => {
    expect(() => joinBase('du-lieu/', '/thads/')).toThrow(/starts with/);
  });
});

it('robots.txt names the sitemap under the base', () => {
  expect(robotsTxt('https://owner.github.io/thads/')).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://owner.github.io/thads/sitemap-index.xml\n',
  );
});
