/**
 * The dataset shipped in data/ is what `npm start` publishes: it must
 * validate, build into a page for every unit, and, while it is the sample,
 * be exactly what `npm run sample` generates.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeModel } from '../../src/lib/compute/model';
import { formatPercent } from '../../src/lib/format';
import { type Dataset, loadDataset } from '../../src/lib/load';
import { readDataFiles } from '../../src/lib/read';
import { unitHref } from '../../src/lib/urls';
import { buildSite, describeRun, ROOT, runBin, validateData } from '../support/build';
import { figureCard, fileOf, listFiles, readPage, says } from '../support/pages';

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
  const result = await buildSite({ dataDir: DATA, outDir: site });
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
