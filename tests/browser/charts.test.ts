/**
 * Every kind of chart of the fixture site as a reader sees it on a 360 px
 * phone and a 1280 px desktop: tick labels never touch, every text has 4.5:1
 * contrast on its background (WCAG 1.4.3, computed here) and stays at least
 * about 11 px tall once the drawing is scaled to its column; a chart's text
 * is the same size on the phone as on the desktop.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { type Served, serveDir } from '../support/build';

const site = inject('fixtureSite');
let server: Served;
let browser: Browser;

beforeAll(async () => {
  server = await serveDir(site);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages that together show every chart type: trend, comparison, ranking (shared and own targets) and maps. */
const PAGES = ['/', '/tinh/ha-noi-01/', '/tinh/bac-ninh-24/khu-vuc-1-24-kv01/', '/xep-hang/', '/xep-hang/2024/'];
const WIDTHS = [360, 1280] as const;
const MIN_TEXT_PX = 10.9;

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface ChartText {
  text: string;
  /** rgb(…) of the text's fill as rendered, and of the first opaque background behind it. */
  color: string;
  background: string;
  /** Font size as rendered, in CSS px, after the SVG is scaled to its box. */
  px: number;
}

interface DrawnChart {
  kind: string;
  /** The figure's id, the same at every width. */
  id: string;
  ticks: Box[][];
  texts: ChartText[];
}

/** What each visible chart draws, read from the page as laid out. */
function readCharts(page: Page): Promise<DrawnChart[]> {
  return page.evaluate(() => {
    const opaque = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg && bg !== 'transparent' && !/rgba\(.*, 0\)$/.test(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const kindOf = (figure: Element) =>
      figure.classList.contains('map')
        ? 'map'
        : figure.id.startsWith('xu-huong')
          ? 'trend'
          : figure.id.startsWith('so-sanh')
            ? 'comparison'
            : figure.id.startsWith('xep-hang')
              ? 'ranking'
              : figure.id;
    const svgs = [...document.querySelectorAll<SVGSVGElement>('figure .chart-svg svg.thads-chart')];
    return svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const box = (t: Element) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        return {
          kind: kindOf(svg.closest('figure')!),
          id: svg.closest('figure')!.id,
          ticks: [...svg.querySelectorAll('g[data-mark$="tick label"]')].map((g) =>
            [...g.querySelectorAll('text')].map(box),
          ),
          texts: [...svg.querySelectorAll('text')].map((t) => ({
            text: t.textContent ?? '',
            color: getComputedStyle(t).fill,
            background: opaque(svg),
            px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
          })),
        };
      });
  });
}

/** WCAG 2 contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Pairs of tick labels of one axis whose boxes overlap. */
function collisions(axis: Box[]): string[] {
  return axis.flatMap((a, i) => axis.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.text}|${b.text}`] : [])));
}

describe('charts as drawn', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px: tick labels apart, text readable and in 4.5:1 contrast, on every chart type`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
      try {
        const page = await context.newPage();
        const kinds = new Set<string>();
        for (const path of PAGES) {
          const response = await page.goto(server.url + path, { waitUntil: 'load' });
          expect(response?.status(), path).toBe(200);
          for (const chart of await readCharts(page)) {
            kinds.add(chart.kind);
            const where = `${path} ${chart.kind} at ${width} px`;
            expect(chart.ticks.flatMap(collisions), `${where}: overlapping tick labels`).toEqual([]);
            const faint = chart.texts.filter((t) => contrast(t.color, t.background) < 4.5);
            expect(faint, `${where}: text under 4.5:1`).toEqual([]);
            const small = chart.texts.filter((t) => t.px < MIN_TEXT_PX).map((t) => `${t.text} ${t.px.toFixed(1)}px`);
            expect(small, `${where}: text under ${MIN_TEXT_PX} px`).toEqual([]);
          }
        }
        expect([...kinds].sort()).toEqual(['comparison', 'map', 'ranking', 'trend']);
      } finally {
        await context.close();
      }
    });
  }

  // A map is a picture of the country scaled to its column; its only texts are the two archipelagos' names.
  it('draws the text of every trend, ranking and comparison the same size at 360 px as at 1280 px', async () => {
    const sizes = new Map<string, number[]>();
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
      try {
        const page = await context.newPage();
        for (const path of PAGES) {
          await page.goto(server.url + path, { waitUntil: 'load' });
          for (const chart of (await readCharts(page)).filter((c) => c.kind !== 'map')) {
            const key = `${path} ${chart.kind} #${chart.id}`;
            // The body text of the drawing: its most common size (a bold heading or a title may differ).
            const px = chart.texts.map((t) => Math.round(t.px * 10) / 10);
            const common = [...new Set(px)].sort(
              (a, b) => px.filter((x) => x === b).length - px.filter((x) => x === a).length,
            )[0]!;
            sizes.set(key, [...(sizes.get(key) ?? []), common]);
          }
        }
      } finally {
        await context.close();
      }
    }
    const kinds = new Set([...sizes.keys()].map((k) => k.split(' ')[1]));
    expect([...kinds].sort()).toEqual(['comparison', 'ranking', 'trend']);
    // Within 1 px: a 360 px phone leaves 328 px of column for a drawing a little wider.
    const apart = [...sizes]
      .filter(([, [phone, desktop]]) => phone === undefined || desktop === undefined || Math.abs(phone - desktop) > 1)
      .map(([key, [phone, desktop]]) => `${key}: ${phone} px at 360, ${desktop} px at 1280`);
    expect(apart).toEqual([]);
  });
});
