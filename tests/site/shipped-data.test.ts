/**
 * The dataset shipped in data/ is what `npm start` publishes: it must
 * validate, build into a page for every unit, and, while it is the sample,
 * be exactly what `npm run sample` generates.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeModel } from '../../src/lib/compute/model';
import type { Dataset } from '../../src/lib/domain/dataset';
import { formatPercent } from '../../src/lib/format';
import { loadDataset } from '../../src/lib/load';
import { readDataFiles } from '../../src/lib/read';
import { unitHref } from '../../src/lib/urls';
import { buildSite, describeRun, ROOT, runBin, validateData } from '../support/build';
import { figureCard, fileOf, listFiles, readPage, says, tableRows, text } from '../support/pages';

const DATA = path.join(ROOT, 'data');
let work = '';
let site = '';
let dataset: Dataset;

beforeAll(async () => {
  const outcome = loadDataset(await readDataFiles(DATA));
  if (!outcome.dataset) throw new Error('data/ does not validate: run npm run validate');
  dataset = outcome.dataset;
  work = await mkdtemp(path.join(ROOT, '.tmp', 'shipped-'));
  site = path.join(work, 'site');
  // The shipped data's build renders a share card per page and a PNG per chart: minutes on a busy machine.
  const result = await buildSite({ dataDir: DATA, outDir: site, timeoutMs: 590_000 });
  if (result.code !== 0) throw new Error(`data/ did not build\n${describeRun(result)}`);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the shipped dataset (data/)', () => {
  it('passes npm run validate', async () => {
    const result = await validateData(DATA);
    expect(result.code, describeRun(result)).toBe(0);
    expect(result.stdout).toContain('✓');
  });

  it('builds a page and a CSV for every unit that ever existed', async () => {
    const files = new Set(await listFiles(site));
    const missing = dataset.registry.units
      .map((u) => unitHref(u, dataset.registry))
      .filter(
        (href) => !files.has(fileOf(href)) || !files.has(`${fileOf(href).replace(/index\.html$/, '')}so-lieu.csv`),
      );
    expect(missing).toEqual([]);
    expect(files.has('du-lieu/thads.csv')).toBe(true);
  });

  it('shows on the home page the national rates computed from the data', async () => {
    const model = computeModel(dataset);
    const national = model.national.get(model.latest.key)!;
    const doc = await readPage(site, '/');
    expect(says(figureCard(doc, 'Tỷ lệ thi hành xong về việc'), 'Tỷ lệ thi hành xong về việc')[0]).toBe(
      formatPercent(national.figures.cases.rate),
    );
    expect(says(figureCard(doc, 'Tỷ lệ thi hành xong về tiền'), 'Tỷ lệ thi hành xong về tiền')[0]).toBe(
      formatPercent(national.figures.money.rate),
    );
  });

  it('never shows NaN, Infinity or undefined on any page', async () => {
    const pages = (await listFiles(site)).filter((f) => f.endsWith('.html'));
    const bad: string[] = [];
    for (const f of pages) {
      const body = await readFile(path.join(site, f), 'utf8');
      const m = /\bNaN\b|Infinity|undefined/.exec(body);
      if (m) bad.push(`${f}: …${body.slice(Math.max(0, m.index - 60), m.index + 20)}…`);
    }
    expect(bad).toEqual([]);
  });
});

describe('the shipped dataset across the 2025 merger', () => {
  const LAO_CAI = '/tinh/lao-cai-15/';
  const YEN_BAI_FORMER = '/tinh/yen-bai-15-den-2025-06-30/';
  const LAO_CAI_FORMER = '/tinh/lao-cai-10-den-2025-06-30/';

  it('gives today’s Lào Cai a series back to 2019, each year before 2025 the sum of Lào Cai and Yên Bái', () => {
    const model = computeModel(dataset);
    const laoCai = dataset.registry.resolve('15', '2025-07-01')!;
    expect(laoCai.name).toBe('Tỉnh Lào Cai');
    const years = model.byUnit.get(laoCai.slug)!.filter((s) => s.period.months === 12);
    expect(years.map((s) => `${s.period.key} ${s.basis}`)).toEqual([
      ...['2019', '2020', '2021', '2022', '2023', '2024'].map((y) => `${y} sum_of_predecessors`),
      '2025 reported',
      '2026 reported',
    ]);
    for (const s of years.filter((x) => x.basis === 'sum_of_predecessors')) {
      const parts = s.members.map((u) => model.byUnit.get(u.slug)!.find((x) => x.period.key === s.period.key)!);
      expect(s.members.map((u) => u.name).sort()).toEqual(['Tỉnh Lào Cai', 'Tỉnh Yên Bái']);
      for (const m of ['cases', 'money'] as const) {
        const enforceable = parts.reduce((n, p) => n + p.figures[m].enforceable, 0);
        const done = parts.reduce((n, p) => n + p.figures[m].done, 0);
        expect(s.figures[m].enforceable).toBe(enforceable);
        expect(s.figures[m].rate).toBeCloseTo((done / enforceable) * 100, 10);
      }
    }
    // 2025 is compared with the sum for 2024, the same territory.
    const y2025 = years.find((s) => s.period.key === '2025')!;
    expect(y2025.previousBasis).toBe('sum_of_predecessors');
    expect(y2025.change.cases.rate).toBeCloseTo(y2025.figures.cases.rate! - years[5]!.figures.cases.rate!, 10);
  });

  it('shows that series on the page of today’s Lào Cai, with the reform marked', async () => {
    const doc = await readPage(site, LAO_CAI);
    expect(text(doc.querySelector('h1'))).toBe('Tỉnh Lào Cai');
    const formed = doc.querySelector('.status-formed')!;
    expect([...formed.querySelectorAll('a')].map((a) => a.getAttribute('href')).sort()).toEqual(
      [LAO_CAI_FORMER, YEN_BAI_FORMER].sort(),
    );
    const chart = doc.querySelector('figure#xu-huong')!;
    expect(text(chart.querySelector('svg'))).toContain('Sắp xếp 01/07/2025');
    const rows = tableRows(chart.querySelector('table')!).slice(1);
    expect(rows.map((r) => `${r[0]} ${r.at(-1)}`)).toEqual([
      ...['2019', '2020', '2021', '2022', '2023', '2024'].map((y) => `${y} Cộng các đơn vị cũ`),
      '2025 Số báo cáo',
      '2026 Số báo cáo',
    ]);
  });

  it('sends a reader of old Yên Bái to today’s Lào Cai, at the top of its page', async () => {
    const doc = await readPage(site, YEN_BAI_FORMER);
    expect(text(doc.querySelector('h1'))).toBe('Tỉnh Yên Bái');
    const former = doc.querySelector('main .status-former')!;
    expect(text(former)).toContain('Đơn vị này hoạt động đến ngày 30/06/2025.');
    expect([...former.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Tỉnh Lào Cai', LAO_CAI],
    ]);
    expect(doc.querySelector('.headline ~ .status-former')).toBeNull();
  });

  it('gives the two provinces of each reused code distinct pages', async () => {
    const files = new Set(await listFiles(site));
    for (const code of ['24', '15', '44', '52', '80', '82', '91']) {
      const units = dataset.registry.withCode(code).filter((u) => u.level === 'province');
      const hrefs = units.map((u) => unitHref(u, dataset.registry));
      expect(new Set(hrefs).size, code).toBe(2);
      for (const href of hrefs) expect(files.has(fileOf(href)), href).toBe(true);
    }
  });

  it('keeps the nation continuous: 63 provinces before, 34 after, and the comparable 34 add up to the 63', () => {
    const model = computeModel(dataset);
    const provinces = (p: string) => model.byPeriod.get(p)!.filter((s) => s.unit!.level === 'province');
    expect(provinces('2024')).toHaveLength(63);
    expect(provinces('2024').every((s) => s.rankOf === 63)).toBe(true);
    expect(provinces('2025')).toHaveLength(34);
    expect(provinces('2025').every((s) => s.rankOf === 34)).toBe(true);
    // The 34 of today, in 2024: merged ones as sums, the 11 continuing ones as reported.
    const today = dataset.registry.inForceOn('2025-07-01', 'province');
    const in2024 = today.map((u) => model.byUnit.get(u.slug)!.find((s) => s.period.key === '2024')!);
    expect(in2024.filter((s) => s.basis === 'reported')).toHaveLength(11);
    for (const m of ['cases', 'money'] as const) {
      for (const f of ['enforceable', 'done', 'carried_over'] as const) {
        expect(
          in2024.reduce((n, s) => n + s.figures[m][f], 0),
          `${m} ${f}`,
        ).toBe(model.national.get('2024')!.figures[m][f]);
      }
    }
  });
});

describe.runIf(JSON.parse(await readFile(path.join(DATA, 'dataset.json'), 'utf8')).sample === true)(
  'the sample dataset',
  () => {
    it('is exactly what npm run sample generates', async () => {
      const out = path.join(work, 'regenerated');
      const result = await runBin('tsx', ['scripts/generate-sample.ts', '--out', out], DATA);
      expect(result.code, describeRun(result)).toBe(0);
      const files = await listFiles(DATA);
      expect(await listFiles(out)).toEqual(files.filter((f) => f !== 'README.md'));
      for (const f of files.filter((x) => x !== 'README.md')) {
        expect(await readFile(path.join(out, f), 'utf8'), f).toBe(await readFile(path.join(DATA, f), 'utf8'));
      }
    });
  },
);
