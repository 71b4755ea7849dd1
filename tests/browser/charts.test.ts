/**
 * Every kind of chart of the fixture site as a reader sees it on a 360 px
 * phone and a 1280 px desktop: tick labels never touch, every text has 4.5:1
 * contrast on its background (WCAG 1.4.3, computed here) and stays at least
 * about 11 px tall once the drawing is scaled to its column.
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
});
