import { describe, expect, it } from 'vitest';
import { loadChangelog } from '../../src/lib/changelog';

const HEADER = 'version,kind,unit_code,period,description\n';
const src = (text: string) => ({ file: 'changelog.csv', text: HEADER + text });
const place = (p: { code: string; line?: number; column?: string; severity: string }) =>
  `${p.severity} ${p.code} ${p.line ?? ''} ${p.column ?? ''}`.trim();

describe('loadChangelog', () => {
  it('groups the rows by version, newest first, keeping file order within one', () => {
    const { publications, problems } = loadChangelog(
      src(
        '2026-01-15,note,,,Công bố lần đầu.\n' +
          '2026-02-01,period,,2025-12,Thêm 3 tháng năm 2026.\n' +
          '2026-02-01,revision,01,2025,"Sửa số liệu Hà Nội, năm 2025."\n',
      ),
      '2026-02-01',
    );
    expect(problems).toEqual([]);
    expect(publications.map((p) => [p.version, p.entries.map((e) => `${e.kind} ${e.line}`)])).toEqual([
      ['2026-02-01', ['period 3', 'revision 4']],
      ['2026-01-15', ['note 2']],
    ]);
    expect(publications[0]!.entries[1]).toMatchObject({
      unit_code: '01',
      period: '2025',
      description: 'Sửa số liệu Hà Nội, năm 2025.',
    });
  });

  it('places each bad cell on its line and column', () => {
    const { problems } = loadChangelog(
      src('2026-02-30,note,,,x\n,revision,01,2025,x\n2026-02-01,sửa,,,x\n2026-02-01,note,,,\n'),
      '2026-02-01',
    );
    expect(problems.map(place)).toEqual([
      'error cell-date 2 version',
      'error cell-required 3 version',
      'error cell-change-kind 4 kind',
      'error cell-required 5 description',
    ]);
  });

  it('warns when the current version has no row, and accepts a dataset without a change log', () => {
    const { problems } = loadChangelog(src('2026-01-15,note,,,Công bố lần đầu.\n'), '2026-02-01');
    expect(problems.map(place)).toEqual(['warning changelog-no-entry']);
    expect(problems[0]!.en).toContain('updated 2026-02-01');
    expect(loadChangelog(null, '2026-02-01')).toEqual({ publications: [], problems: [] });
  });
});
