/**
 * The charts kept between the routes of the shared files (views/kept-charts.ts)
 * come back as they went in, and a page built from kept charts is the page
 * built by drawing them.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeModel } from '../../../src/lib/compute/model';
import { loadDataset } from '../../../src/lib/load';
import { readDataFiles } from '../../../src/lib/read';
import { KeptCharts } from '../../../src/lib/views/kept-charts';
import { unitPageCharts, unitPageView } from '../../../src/lib/views/pages';
import { rankingsCharts, rankingsHeading, rankingsView } from '../../../src/lib/views/rankings';

const outcome = loadDataset(await readDataFiles(fileURLToPath(new URL('../../fixtures/reform/', import.meta.url))));
if (!outcome.dataset) throw new Error('the reform fixture must load');
const data = { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
const units = outcome.dataset.registry.units;

describe('KeptCharts', () => {
  it('gives back every chart of every page exactly, in both languages', () => {
    const kept = new KeptCharts();
    let charts = 0;
    for (const lang of ['vi', 'en'] as const) {
      for (const unit of units) {
        const view = unitPageView(data, unit, lang);
        const drawn = [...view.charts, ...(view.offices?.ranking ?? [])];
        expect(kept.keep(`${lang}:${unit.slug}`, () => drawn)).toBe(drawn);
        // Strictly equal: no field is lost, turned into another type or left undefined by the round trip.
        expect(kept.charts(`${lang}:${unit.slug}`)).toStrictEqual(drawn);
        charts += drawn.length;
      }
    }
    expect(charts).toBeGreaterThan(units.length);
  });

  it('builds the same page from the kept charts as by drawing them', () => {
    for (const unit of units) {
      const view = unitPageView(data, unit, 'vi');
      const drawn = [...view.charts, ...(view.offices?.ranking ?? [])];
      expect(unitPageView(data, unit, 'vi', drawn)).toStrictEqual(view);
    }
  });

  it('gives the shared files the charts of each page, in its order and with its share links', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const unit of units) {
        const view = unitPageView(data, unit, lang);
        expect(unitPageCharts(data, unit, lang)).toStrictEqual([...view.charts, ...(view.offices?.ranking ?? [])]);
      }
    }
  });

  it('takes the kept charts rather than drawing them again', () => {
    const unit = units.find((u) => (data.model.byUnit.get(u.slug) ?? []).length > 0)!;
    const view = unitPageView(data, unit, 'vi');
    const marked = view.charts.map((c) => ({ ...c, svg: `<svg data-kept="${c.id}"></svg>` }));
    const again = unitPageView(data, unit, 'vi', marked);
    expect(again.charts.map((c) => c.svg)).toEqual(marked.map((c) => c.svg));
  });

  it('lets the charts go when the page takes them, and draws them again for a reader after the page', () => {
    const kept = new KeptCharts();
    const unit = units.find((u) => (data.model.byUnit.get(u.slug) ?? []).length > 0)!;
    let draws = 0;
    const draw = () => {
      draws++;
      return unitPageCharts(data, unit, 'vi');
    };
    const drawn = kept.keep('vi:a', draw);
    expect(kept.charts('vi:a')).toStrictEqual(drawn);
    expect(kept.take('vi:a')).toStrictEqual(drawn);
    expect(draws).toBe(1);
    // After the page: drawn again, the same charts.
    expect(kept.charts('vi:a')).toStrictEqual(drawn);
    expect(draws).toBe(2);
  });

  it('builds the same rankings page from its kept charts as by drawing them, for every period and both languages', () => {
    for (const lang of ['vi', 'en'] as const)
      for (const period of data.model.periods) {
        const view = rankingsView(data, period, lang);
        const kept = new KeptCharts();
        kept.keep(`${lang}:${period.key}`, () => rankingsCharts(data, period, lang));
        expect(rankingsView(data, period, lang, kept.take(`${lang}:${period.key}`))).toStrictEqual(view);
        expect(rankingsCharts(data, period, lang)).toStrictEqual(view.rankings);
        expect(rankingsHeading(period, lang)).toBe(view.heading);
      }
  });

  it('names the page and the chart that a route asks for and no page drew', () => {
    const kept = new KeptCharts();
    kept.keep('vi:/tinh/a/', () => []);
    expect(() => kept.chart('vi:/tinh/a/', 'xu-huong')).toThrow(
      'no chart "xu-huong" was drawn for the page vi:/tinh/a/',
    );
    expect(kept.charts('vi:/tinh/b/')).toBeUndefined();
  });
});
