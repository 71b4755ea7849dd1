import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_LABEL } from '../../../src/lib/glossary';
import { COLUMN_LABELS, HeaderLookup, headerKey } from '../../../src/lib/schemas/headers';
import { RESULT_COLUMNS, RESULT_OPTIONAL_COLUMNS } from '../../../src/lib/schemas/results';
import { TARGET_COLUMNS, TARGET_OPTIONAL_COLUMNS } from '../../../src/lib/schemas/targets';
import { UNIT_COLUMNS, UNIT_OPTIONAL_COLUMNS } from '../../../src/lib/schemas/units';

const TABLES = {
  units: [...UNIT_COLUMNS, ...UNIT_OPTIONAL_COLUMNS],
  results: [...RESULT_COLUMNS, ...RESULT_OPTIONAL_COLUMNS],
  targets: [...TARGET_COLUMNS, ...TARGET_OPTIONAL_COLUMNS],
} as const;
const results = new HeaderLookup(TABLES.results);

describe('headerKey', () => {
  it.each([
    ['case', 'THỤ LÝ MỚI (VIỆC)', 'Thụ lý mới (việc)'],
    ['spacing', '  Thụ   lý\u00A0mới( việc )', 'Thụ lý mới (việc)'],
    ['NFD', 'Thụ lý mới (việc)'.normalize('NFD'), 'Thụ lý mới (việc)'.normalize('NFC')],
    ['old tone placement "Uỷ"', 'Uỷ thác (việc)', 'Ủy thác (việc)'],
    ['old tone placement "hoà"', 'hoà', 'hòa'],
  ])('ignores %s', (_, a, b) => {
    expect(headerKey(a)).toBe(headerKey(b));
  });

  it('keeps different tones and different letters apart', () => {
    expect(headerKey('Thụ lý')).not.toBe(headerKey('Thủ lý'));
    expect(headerKey('Đình chỉ')).not.toBe(headerKey('Dinh chi'));
    expect(headerKey('Có điều kiện thi hành')).not.toBe(headerKey('Chưa có điều kiện thi hành'));
  });
});

describe('COLUMN_LABELS', () => {
  it('labels every column of every file, and only columns of the contract', () => {
    for (const [kind, columns] of Object.entries(TABLES)) {
      expect(Object.keys(COLUMN_LABELS[kind as keyof typeof TABLES]).sort(), kind).toEqual([...columns].sort());
    }
  });

  it('never lets two columns of one file share a key', () => {
    for (const [kind, columns] of Object.entries(TABLES)) {
      const labels = COLUMN_LABELS[kind as keyof typeof TABLES] as Record<string, readonly string[]>;
      const owner = new Map<string, string>();
      for (const c of columns) {
        for (const name of [c, ...labels[c]!]) {
          const k = headerKey(name);
          expect(owner.get(k) ?? c, `${kind}: "${name}"`).toBe(c);
          owner.set(k, c);
        }
      }
    }
  });

  it('is documented label for label in data/README.md', () => {
    const readme = readFileSync(new URL('../../../data/README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### Tên cột tiếng Việt'));
    for (const labels of Object.values(COLUMN_LABELS) as Record<string, readonly string[]>[]) {
      for (const [column, names] of Object.entries(labels)) {
        for (const name of names) {
          const base = name.replace(/ \((việc|tiền|nghìn đồng)\)$/, '');
          expect(table, `${column}: ${base}`).toContain(base);
        }
        expect(table, column).toContain(`\`${column}\``);
      }
    }
  });

  it('accepts the site glossary terms with the measure, so the site and the files speak alike', () => {
    for (const [field, label] of Object.entries(FIELD_LABEL)) {
      expect(results.match(`${label} (việc)`)).toEqual({ column: `cases_${field}`, byName: false });
      expect(results.match(`${label} (tiền)`)).toEqual({ column: `money_${field}`, byName: false });
      expect(results.match(`${label} (nghìn đồng)`)).toEqual({ column: `money_${field}`, byName: false });
    }
  });
});

describe('HeaderLookup', () => {
  it.each([
    ['Mã đơn vị', 'unit_code'],
    ['Kỳ báo cáo', 'period'],
    ['Năm trước chuyển sang (việc)', 'cases_carried_over'],
    ['Thụ lý mới (tiền)', 'money_new'],
    ['Uỷ thác (tiền)', 'money_entrusted'],
    ['Có điều kiện thi hành (việc)', 'cases_enforceable'],
    ['Chưa có điều kiện thi hành (tiền)', 'money_unenforceable'],
    ['Thi hành xong (việc)', 'cases_completed'],
    ['Đình chỉ (việc)', 'cases_terminated'],
    ['ghi chú', 'note'],
    ['CASES_NEW', 'cases_new'],
  ])('reads "%s" in a results file as %s', (header, column) => {
    expect(results.match(header)?.column).toBe(column);
  });

  it('reads "Mã đơn vị" as the column of each file', () => {
    expect(new HeaderLookup(TABLES.units).match('Mã đơn vị')?.column).toBe('code');
    expect(new HeaderLookup(TABLES.targets).match('Mã đơn vị')?.column).toBe('unit_code');
  });

  it('does not read a label without its measure, which would be ambiguous', () => {
    expect(results.match('Thụ lý mới')).toBeNull();
  });

  it.each([
    ['case_new', 'cases_new'],
    ['money_terminate', 'money_terminated'],
    ['Thụ lý mơi (việc)', 'Thụ lý mới (việc)'],
    ['Thu ly moi (viec)', 'Thụ lý mới (việc)'],
  ])('suggests the nearest known name for "%s"', (header, name) => {
    expect(results.suggest(header)?.name).toBe(name);
  });

  it('suggests nothing for a column that is nothing like any known one', () => {
    expect(results.suggest('Tổng số')).toBeNull();
    expect(results.suggest('x')).toBeNull();
  });
});
