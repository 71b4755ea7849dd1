import { describe, expect, it } from 'vitest';
import { computeModel } from '../../src/lib/compute/model';
import { DATA_PACKAGE_PROFILE, dataPackage, packageFields } from '../../src/lib/datapackage';
import {
  DOWNLOAD_COLUMNS,
  downloadRows,
  downloadSizes,
  EXCEL_HEADERS,
  excelHeader,
  toCsv,
  toJson,
} from '../../src/lib/downloads';
import { loadDataset } from '../../src/lib/load';
import { readDataFiles } from '../../src/lib/read';
import { dataPackageValidator } from '../support/datapackage-profile';
import { SMALL_DIR } from './helpers';

const outcome = loadDataset(await readDataFiles(SMALL_DIR));
const data = { dataset: outcome.dataset!, model: computeModel(outcome.dataset!) };
const rows = [...downloadRows(data)];
const sizes = downloadSizes(data);
const pkg = dataPackage(data.dataset.info, sizes, 'https://example.org/thads/du-lieu/');
const validate = dataPackageValidator();

describe('dataPackage', () => {
  it('is valid against the published Data Package v2 profile', () => {
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(pkg.$schema).toBe(DATA_PACKAGE_PROFILE);
  });

  it('is refused by the profile when it breaks it: the validator can fail', () => {
    const { resources: _, ...noResources } = pkg;
    expect(validate(noResources)).toBe(false);
    expect(validate({ ...pkg, licenses: [{ name: 'CC BY 4.0' }] })).toBe(false);
    const [csv, ...rest] = pkg.resources;
    expect(
      validate({ ...pkg, resources: [{ ...csv, schema: { fields: [{ name: 'x', type: 'money' }] } }, ...rest] }),
    ).toBe(false);
  });

  it('names the dataset, its version, licence, publisher and sources', () => {
    const { info } = data.dataset;
    expect(pkg).toMatchObject({
      name: 'thads',
      title: info.title,
      version: info.updated,
      homepage: 'https://example.org/thads/du-lieu/',
      licenses: [{ name: 'CC-BY-4.0', title: 'CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
      contributors: [{ title: info.publisher, roles: ['publisher'] }],
    });
    expect(pkg.sources.length).toBeGreaterThan(0);
    expect(pkg.description).toContain('so-lieu.csv');
    expect(dataPackage(info, sizes)).not.toHaveProperty('homepage');
  });

  it('lists the three downloads with their size in bytes as written', () => {
    expect(pkg.resources.map((r) => [r.path, r.bytes])).toEqual([
      ['thads.csv', Buffer.byteLength(toCsv(rows))],
      ['thads-excel.csv', Buffer.byteLength(toCsv(rows, ';'))],
      ['thads.json', Buffer.byteLength(toJson(data, rows))],
    ]);
  });

  it('gives each file its fields in the order of its header', () => {
    const [csv, excel, json] = pkg.resources;
    const names = (r: (typeof pkg.resources)[number]) => r.schema.fields.map((f) => f.name);
    const header = (text: string, delimiter: string) => text.slice(1).split('\r\n')[0]!.split(delimiter);
    expect(names(csv!)).toEqual(header(toCsv(rows), ','));
    expect(names(excel!)).toEqual(header(toCsv(rows, ';'), ';'));
    expect(names(json!)).toEqual(JSON.parse(toJson(data, rows)).fields);
    expect(names(csv!)).toEqual([...DOWNLOAD_COLUMNS]);
    expect(names(excel!)).toEqual([...EXCEL_HEADERS]);
  });
});

describe('packageFields', () => {
  const fields = packageFields();

  it('types every value of every row as the field says', () => {
    const fits: Record<string, (v: unknown) => boolean> = {
      integer: Number.isInteger,
      number: Number.isFinite,
      date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
      string: (v) => typeof v === 'string',
    };
    for (const r of rows)
      for (const f of fields) {
        const v = r[f.name as keyof typeof r];
        if (v === null) continue;
        expect(fits[f.type]!(v), `${r.period} ${r.unit_id} ${f.name} = ${v}`).toBe(true);
        if (f.constraints) expect(f.constraints.enum).toContain(v);
      }
  });

  it('says the unit and the meaning in Vietnamese and English', () => {
    const field = (name: string) => fields.find((f) => f.name === name)!;
    expect(field('money_completed')).toEqual({
      name: 'money_completed',
      type: 'integer',
      title: 'Tiền: Thi hành xong (nghìn đồng / thousand đồng)',
      description: 'Tiền: Thi hành xong, nghìn đồng / thousand đồng. Money: completed.',
    });
    expect(field('cases_rate')).toMatchObject({ type: 'number', title: 'Việc: Tỷ lệ thi hành xong (%)' });
    expect(field('period_end')).toMatchObject({ type: 'date', description: 'Ngày cuối kỳ. Last day of the period.' });
    expect(field('money_rate')).toMatchObject({ description: 'Tiền: Tỷ lệ thi hành xong, %. Money: completion rate.' });
    expect(field('cases_target_source').constraints).toEqual({ enum: ['own', 'national'] });
  });

  it('writes the decimal comma of the Excel file on its number fields only', () => {
    const excel = packageFields(true);
    expect(excel.filter((f) => f.decimalChar === ',').map((f) => f.name)).toEqual(
      fields.filter((f) => f.type === 'number').map((f) => excelHeader(f.name as (typeof DOWNLOAD_COLUMNS)[number])),
    );
  });

  it('names the Excel file’s fields by its Vietnamese headers, each saying its column of thads.csv', () => {
    const excel = packageFields(true);
    expect(excel.map((f) => f.name)).toEqual([...EXCEL_HEADERS]);
    for (const [i, f] of excel.entries()) {
      const { name, description, decimalChar: _, ...rest } = f;
      const plain = fields[i]!;
      expect(rest, name).toEqual({
        type: plain.type,
        title: plain.title,
        ...(plain.constraints ? { constraints: plain.constraints } : {}),
      });
      expect(description, name).toBe(
        `${plain.description} Cột ${plain.name} của thads.csv / column ${plain.name} of thads.csv.`,
      );
    }
    expect(excel[DOWNLOAD_COLUMNS.indexOf('money_completed')]).toMatchObject({
      name: 'Tiền thi hành xong (nghìn đồng)',
      description:
        'Tiền: Thi hành xong, nghìn đồng / thousand đồng. Money: completed. Cột money_completed của thads.csv / column money_completed of thads.csv.',
    });
  });
});
