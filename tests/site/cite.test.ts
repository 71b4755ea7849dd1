/**
 * Share, cite and describe: the citation block, the permalinks of the charts,
 * the Data Package and the per-unit CSV for Vietnamese Excel, on the built
 * fixture site (no SITE_URL) and on its build under https://example.org/thads/.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dataPackageValidator } from '../support/datapackage-profile';
import { EXPECTED_EXCEL_HEADERS } from '../support/excel-headers';
import { type BuiltPage, csvRecords, listFiles, readPage, readPages, text } from '../support/pages';

const site = inject('fixtureSite');
const subpath = inject('subpathSite');
let pages: BuiltPage[] = [];
let files: string[] = [];

beforeAll(async () => {
  files = await listFiles(site);
  pages = await readPages(site, files);
});

const HA_NOI = '/tinh/ha-noi-01/';

/** A province or office page: not a short address (/tinh/ha-noi/), which only leads to its page. */
const isUnitPage = (p: { file: string; doc: Document }) =>
  p.file.startsWith('tinh/') && !p.doc.querySelector('meta[http-equiv="refresh"]');

describe('the citation block', () => {
  it('is on every unit page and on /du-lieu/, in plain text and BibTeX, copyable without script', () => {
    const cited = pages.filter((p) => isUnitPage(p) || p.address === '/du-lieu/');
    expect(cited.length).toBe(12);
    for (const { address, doc } of cited) {
      const block = doc.querySelector('section.cite');
      expect(text(block?.querySelector('h2')), address).toBe('Trích dẫn / Cite');
      const plain = block?.querySelector('pre.cite-text')?.textContent ?? '';
      const bibtex = block?.querySelector('pre.cite-bibtex')?.textContent ?? '';
      expect(plain, address).toContain(`Đường dẫn trong trang: ${address}`);
      expect(bibtex, address).toMatch(/^@misc\{thads-[a-z0-9-]+-2026-01-15,\n/);
      expect(bibtex, address).toContain(`  howpublished = {Đường dẫn trong trang: ${address}},`);
      // Without SITE_URL the page says the address is a site path.
      expect(text(block?.querySelector('p.note')), address).toContain('SITE_URL');
    }
  });

  it('names the unit, the dataset, its version and date on a unit page', async () => {
    const doc = await readPage(site, HA_NOI);
    const plain = doc.querySelector('section.cite pre.cite-text')?.textContent;
    expect(plain).toBe(
      'Nhóm phát triển (2026). Bộ dữ liệu kiểm thử nhỏ: Thành phố Hà Nội. Phiên bản 2026-01-15 (cập nhật ngày 15/01/2026). ' +
        'Giấy phép CC BY 4.0. Đường dẫn trong trang: /tinh/ha-noi-01/',
    );
    expect(doc.querySelector('section.cite pre.cite-bibtex')?.textContent).toContain(
      '@misc{thads-ha-noi-01-2026-01-15,',
    );
  });

  it('gives the absolute address, and no note, when SITE_URL is set', async () => {
    const doc = await readPage(subpath, '/tinh/ha-noi-01/');
    expect(doc.querySelector('section.cite pre.cite-text')?.textContent).toMatch(
      /\. https:\/\/example\.org\/thads\/tinh\/ha-noi-01\/$/,
    );
    expect(doc.querySelector('section.cite pre.cite-bibtex')?.textContent).toContain(
      '  url = {https://example.org/thads/tinh/ha-noi-01/},',
    );
    expect(doc.querySelector('section.cite p.note')).toBeNull();
  });
});

describe('permalinks', () => {
  it('every chart and map has a "#" link to its own id, named for what it links to', () => {
    let figures = 0;
    for (const { address, doc } of pages) {
      for (const figure of doc.querySelectorAll('figure')) {
        figures++;
        const link = figure.querySelector(':scope > a.permalink');
        const where = `${address} #${figure.id}`;
        expect(link?.getAttribute('href'), where).toBe(`#${figure.id}`);
        // In the page's language: "Link to this chart" on an English page.
        const names = address.startsWith('/en/')
          ? { map: 'Link to this map', chart: 'Link to this chart' }
          : { map: 'Liên kết đến bản đồ này', chart: 'Liên kết đến biểu đồ này' };
        expect(link?.getAttribute('aria-label'), where).toBe(
          figure.classList.contains('map') ? names.map : names.chart,
        );
        expect(text(link), where).toBe('#');
      }
    }
    expect(figures).toBeGreaterThan(10);
  });
});

describe('datapackage.json', () => {
  const read = async (dir: string) =>
    JSON.parse(await readFile(path.join(dir, 'du-lieu/datapackage.json'), 'utf8')) as {
      homepage?: string;
      version: string;
      resources: {
        path: string;
        bytes: number;
        dialect: { delimiter?: string };
        schema: { fields: { name: string; description: string }[] };
      }[];
    };

  it('is valid against the Data Package v2 profile, in both builds', async () => {
    const validate = dataPackageValidator();
    for (const dir of [site, subpath]) expect(validate(await read(dir)), JSON.stringify(validate.errors)).toBe(true);
    expect((await read(subpath)).homepage).toBe('https://example.org/thads/du-lieu/');
    expect(await read(site)).not.toHaveProperty('homepage');
  });

  it('describes each built download: its size, and its fields in the order of its header', async () => {
    const pkg = await read(site);
    expect(pkg.version).toBe('2026-01-15');
    expect(pkg.resources.map((r) => r.path)).toEqual(['thads.csv', 'thads-excel.csv', 'thads.json']);
    for (const r of pkg.resources) {
      const file = path.join(site, 'du-lieu', r.path);
      expect(r.bytes, r.path).toBe((await stat(file)).size);
      const names = r.schema.fields.map((f) => f.name);
      const body = await readFile(file, 'utf8');
      const header = r.path.endsWith('.json')
        ? JSON.parse(body).fields
        : csvRecords(body, r.dialect.delimiter as ',' | ';').header;
      expect(names, r.path).toEqual(header);
    }
    // The Excel file's fields say which column of thads.csv each Vietnamese header is.
    const [csv, excel] = pkg.resources;
    for (const [i, f] of excel!.schema.fields.entries()) {
      const code = csv!.schema.fields[i]!.name;
      expect(f.description, f.name).toMatch(
        new RegExp(`Cột ${code} của thads\\.csv / column ${code} of thads\\.csv\\.$`),
      );
    }
  });

  it('is linked from /du-lieu/, which shows the size of each download', async () => {
    const doc = await readPage(site, '/du-lieu/');
    const items = [...doc.querySelectorAll('main li')].map((li) => text(li));
    const sizeOf = async (name: string) => (await stat(path.join(site, 'du-lieu', name))).size;
    expect(items.find((t) => t.startsWith('thads.csv'))).toMatch(/^thads\.csv \(\d+,\d kB\): /);
    expect(items.find((t) => t.startsWith('thads.json'))).toMatch(/^thads\.json \(\d+,\d kB\): /);
    const csvKb = (await sizeOf('thads.csv')) / 1000;
    expect(items.find((t) => t.startsWith('thads.csv'))).toContain(`(${csvKb.toFixed(1).replace('.', ',')} kB)`);
    expect(doc.querySelector('main a[href="/du-lieu/datapackage.json"]')).not.toBeNull();
  });
});

describe('a unit’s CSV for Vietnamese Excel', () => {
  it('every unit page links to its so-lieu-excel.csv: the rows of so-lieu.csv, Vietnamese headers, ";" and decimal commas', async () => {
    const unitPages = pages.filter(isUnitPage);
    expect(unitPages).toHaveLength(11);
    for (const { file, address, doc } of unitPages) {
      const link = doc.querySelector(`a[href="${address}so-lieu-excel.csv"]`);
      expect(link?.getAttribute('download'), address).toMatch(/-excel-2026-01-15\.csv$/);
      const excel = await readFile(path.join(site, file.replace(/index\.html$/, 'so-lieu-excel.csv')), 'utf8');
      const plain = await readFile(path.join(site, file.replace(/index\.html$/, 'so-lieu.csv')), 'utf8');
      expect(excel.startsWith('\uFEFF'), address).toBe(true);
      const { header: excelHeader, rows } = csvRecords(excel, ';');
      const { header, records } = csvRecords(plain);
      // Vietnamese headers, as many as so-lieu.csv has columns and in their order, each once.
      expect(excelHeader, address).toEqual(EXPECTED_EXCEL_HEADERS);
      expect(excelHeader, address).toHaveLength(header.length);
      expect(new Set(excelHeader).size, address).toBe(header.length);
      const asPoint = (cell: string) => (/^-?\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell);
      expect(
        rows.map((r) => r.map(asPoint)),
        address,
      ).toEqual(records.map((r) => header.map((h) => r[h])));
    }
  });
});
