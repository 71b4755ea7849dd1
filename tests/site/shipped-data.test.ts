/**
 * The dataset shipped in data/ is what `npm start` publishes: it must
 * validate, build into a page for every unit, and, while it is the sample,
 * be exactly what `npm run sample` generates.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeModel } from '../../src/lib/compute/model';
import type { Dataset } from '../../src/lib/domain/dataset';
import { formatPercent } from '../../src/lib/format';
import { loadDataset } from '../../src/lib/load';
import { readDataFiles } from '../../src/lib/read';
import { unitHref } from '../../src/lib/urls';
import { describeRun, ROOT, runBin, validateData } from '../support/build';
import { figureCard, fileOf, listFiles, parse, readPage, says, tableRows, text } from '../support/pages';

const DATA = path.join(ROOT, 'data');
/** Page weight budgets: a page a phone lays out quickly, and a home page that loads fast on a slow connection. */
const MAX_ELEMENTS = 1400;
const MAX_HOME_GZIP = 25_000;
/** The elements of a built page, as its start tags: text and attributes never hold a raw "<" followed by a letter. */
const startTags = (html: string): number => html.match(/<[a-zA-Z]/g)?.length ?? 0;
let work = '';
let site = '';
let dataset: Dataset;

beforeAll(async () => {
  const outcome = loadDataset(await readDataFiles(DATA));
  if (!outcome.dataset) throw new Error('data/ does not validate: run npm run validate');
  dataset = outcome.dataset;
  work = await mkdtemp(path.join(ROOT, '.tmp', 'shipped-'));
  // Built once for the site and browser tests (tests/support/global-setup.ts).
  site = inject('shippedSite');
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

  it('speaks to readers, not developers: no script paths or commands on any page or download', async () => {
    const files = (await listFiles(site)).filter((f) => /\.(html|json|csv)$/.test(f));
    const bad: string[] = [];
    for (const f of files) {
      const body = await readFile(path.join(site, f), 'utf8');
      const m = /scripts\/|generate-sample|npm run|\.ts\b/.exec(body);
      if (m) bad.push(`${f}: …${body.slice(Math.max(0, m.index - 60), m.index + 20)}…`);
    }
    expect(bad).toEqual([]);
  });

  it('shows each regional office’s area under its name, from units.csv', async () => {
    const office = dataset.registry.units.find((u) => u.code === '01-KV01')!;
    expect(office.area).toBe('quận Ba Đình, quận Hoàn Kiếm');
    const doc = await readPage(site, unitHref(office, dataset.registry));
    expect(text(doc.querySelector('h1 + .subtitle'))).toBe('Địa bàn: quận Ba Đình, quận Hoàn Kiếm');
  });

  it('tabulates on a unit page the years and the latest period, and every month on the page of all its figures', async () => {
    const HCM = '/tinh/ho-chi-minh-79/';
    const section = (await readPage(site, HCM)).querySelector('section[aria-labelledby="all-figures"]')!;
    expect(text(section.querySelector('h2'))).toBe('Số liệu theo năm thống kê và kỳ gần nhất');
    expect(text(section.querySelector(`a[href="${HCM}toan-bo-so-lieu/"]`))).toBe(
      'Toàn bộ số liệu, cả các tháng trước kỳ gần nhất',
    );
    const years = ['2026', '2025', '2024', '2023', '2022', '2021', '2020', '2019'].map((y) => `Năm ${y}`);
    for (const table of section.querySelectorAll('table'))
      expect(
        tableRows(table)
          .slice(1)
          .map((r) => r[0]),
      ).toEqual(years);
    const all = await readPage(site, `${HCM}toan-bo-so-lieu/`);
    expect(text(all.querySelector('h1'))).toBe('Thành phố Hồ Chí Minh: toàn bộ số liệu theo kỳ báo cáo');
    const tables = [...all.querySelectorAll('main table')];
    expect(tables).toHaveLength(2);
    const stats = computeModel(dataset).byUnit.get(dataset.registry.resolve('79', '2025-07-01')!.slug)!;
    for (const table of tables) {
      const rows = tableRows(table).slice(1);
      expect(rows).toHaveLength(stats.length);
      expect(rows.slice(0, 3).map((r) => r[0])).toEqual([
        'Năm 2026',
        '11 tháng năm 2026 (đến 31/08/2026)',
        '10 tháng năm 2026 (đến 31/07/2026)',
      ]);
      // No unit reported the months of 2025, the former units of Hồ Chí Minh neither: nothing to compare with.
      expect(rows[1]!.at(-1)).toBe('— (không có số liệu năm trước)');
    }
    const english = await readPage(site, '/en/province/ho-chi-minh-79/all-figures/');
    expect(text(english.querySelector('h1'))).toBe('Thành phố Hồ Chí Minh: all figures by reporting period');
    expect(english.querySelectorAll('main table')).toHaveLength(2);
  });

  // Page weight on the shipped data, which has far more provinces and offices than the fixture.
  it(`keeps every page under ${MAX_ELEMENTS} elements and the home page under ${MAX_HOME_GZIP / 1000} kB gzip`, async () => {
    const files = (await listFiles(site)).filter((f) => f.endsWith('.html'));
    const pages = await Promise.all(
      files.map(async (file) => ({ file, html: await readFile(path.join(site, file), 'utf8') })),
    );
    const counted = pages.map((p) => ({ ...p, elements: startTags(p.html) })).sort((a, b) => b.elements - a.elements);
    // The start tags are the document's elements: checked against a parsed DOM on the heaviest page.
    const heaviest = counted[0]!;
    expect(parse(heaviest.html).querySelectorAll('*').length, heaviest.file).toBe(heaviest.elements);
    expect(counted.filter((p) => p.elements > MAX_ELEMENTS).map((p) => `${p.file}: ${p.elements}`)).toEqual([]);
    // The rankings of a period with the 63 former provinces are the largest of their kind.
    expect(files).toContain('xep-hang/2024/index.html');
    const home = pages.find((p) => p.file === 'index.html')!;
    expect(gzipSync(home.html).length).toBeLessThanOrEqual(MAX_HOME_GZIP);
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
    // Drawn for a phone (the reform's month) and for a desktop's column (its day).
    expect([...chart.querySelectorAll('svg')].map((svg) => text(svg).match(/Sắp xếp [\d/]+/)?.[0])).toEqual([
      'Sắp xếp 7/2025',
      'Sắp xếp 01/07/2025',
    ]);
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
