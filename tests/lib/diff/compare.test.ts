import { describe, expect, it } from 'vitest';
import { computeModel } from '../../../src/lib/compute/model';
import { draftChangelog } from '../../../src/lib/diff/changelog-draft';
import { compareData, isEmptyDiff } from '../../../src/lib/diff/compare';
import { formatDiffMarkdown } from '../../../src/lib/diff/markdown';
import { loadDataset } from '../../../src/lib/load';
import { type DataFiles, readDataFiles, type SourceFile } from '../../../src/lib/read';
import type { SiteData } from '../../../src/lib/site-data';
import { SMALL_DIR } from '../helpers';

const small = await readDataFiles(SMALL_DIR);

/** The small fixture with edits: each `from` must occur exactly once in its file; `append` adds lines at the end. */
function edited(
  edits: { file: string; from?: string; to?: string; append?: string }[],
  added: SourceFile[] = [],
): SiteData {
  const edit = (src: SourceFile | null): SourceFile | null => {
    if (src === null) return src;
    let text = src.text;
    for (const e of edits.filter((x) => x.file === src.file)) {
      if (e.from !== undefined) {
        const count = text.split(e.from).length - 1;
        if (count !== 1) throw new Error(`"${e.from}" occurs ${count} times in ${src.file}`);
        text = text.replace(e.from, e.to ?? '');
      }
      if (e.append) text += e.append;
    }
    return { file: src.file, text };
  };
  const files: DataFiles = {
    dataset: edit(small.dataset),
    units: edit(small.units),
    targets: edit(small.targets),
    results: [...small.results.map((r) => edit(r)!), ...added],
  };
  const outcome = loadDataset(files);
  if (!outcome.dataset) throw new Error(outcome.problems.map((p) => p.en).join('\n'));
  return { dataset: outcome.dataset, model: computeModel(outcome.dataset) };
}

const before = edited([]);

// Hà Nội 2025 (tests/fixtures/small/README): 4.100 completed + 113 terminated = 4.213 of 4.991 enforceable, 84,41%.
// 50 more completed cases: 4.263 / 4.991 = 85,4137…% → 85,41%, +1,00 point.
const REVISED = {
  file: 'results/2025.csv',
  from: '2025,01,929,4900,33,4991,805,4100,',
  to: '2025,01,929,4900,33,4991,805,4150,',
};
// A new month: statistical year 2026, 3 months (October to December 2025), Hà Nội alone.
const NEW_MONTH: SourceFile = {
  file: 'results/2026.csv',
  text:
    'period,unit_code,cases_carried_over,cases_new,cases_entrusted,cases_enforceable,cases_unenforceable,cases_completed,cases_terminated,money_carried_over,money_new,money_entrusted,money_enforceable,money_unenforceable,money_completed,money_terminated\n' +
    '2025-12,01,778,1000,0,1200,578,500,20,200000000,50000000,0,150000000,100000000,30000000,0\n',
};

describe('compareData', () => {
  it('finds nothing between a dataset and itself', () => {
    const d = compareData(before, edited([]));
    expect(isEmptyDiff(d)).toBe(true);
    expect(formatDiffMarkdown(d, { before: 'a', after: 'b' })).toContain('No figure changes');
  });

  it('reports a changed figure of a published period as a revision, with old and new count and rate', () => {
    const d = compareData(before, edited([REVISED]));
    expect(d.periods.added).toEqual([]);
    expect(d.revisions).toHaveLength(1);
    const [r] = d.revisions;
    expect(r!.unit).toEqual({ code: '01', name: 'Thành phố Hà Nội', level: 'province', validFrom: null });
    expect(r!.period).toBe('2025');
    expect(r!.fields).toEqual(['cases_completed']);
    expect(r!.before!.cases).toEqual({ done: 4213, enforceable: 4991, rate: (4213 / 4991) * 100 });
    expect(r!.after!.cases).toEqual({ done: 4263, enforceable: 4991, rate: (4263 / 4991) * 100 });
    expect(r!.after!.money).toEqual(r!.before!.money);
    const md = formatDiffMarkdown(d, { before: 'main', after: 'data' });
    expect(md).toContain(
      '| Thành phố Hà Nội (01) | Năm 2025, 2025 | 4.213/4.991 → 4.263/4.991; 84,41% → 85,41% (+1,00 điểm %) | không đổi / unchanged | cases_completed |',
    );
    expect(draftChangelog(d)).toBe(
      '2026-01-15,revision,01,2025,"Sửa số liệu Thành phố Hà Nội (01), Năm 2025: về việc 4.213 việc xong trên 4.991 việc có điều kiện (84,41%) → 4.263 việc xong trên 4.991 việc có điều kiện (85,41%)."\n',
    );
  });

  it('lists a new period apart from revisions, and revisions before it in the summary', () => {
    const d = compareData(before, edited([REVISED], [NEW_MONTH]));
    expect(d.periods.added).toEqual([{ key: '2025-12', units: 1 }]);
    expect(d.revisions.map((r) => `${r.unit.code} ${r.period}`)).toEqual(['01 2025']);
    const md = formatDiffMarkdown(d, { before: 'main', after: 'data' });
    expect(md).toContain('- 3 tháng năm 2026 (đến 31/12/2025), 2025-12: 1 dòng số liệu / rows');
    expect(md.indexOf('Revisions of published figures (1)')).toBeLessThan(md.indexOf('New periods'));
    // The version did not move while the figures did: the summary says so.
    expect(md).toContain('`updated` in `data/dataset.json` does not');
  });

  it('reports new, ended and renamed units and added or changed targets', () => {
    const d = compareData(
      before,
      edited([
        {
          file: 'units.csv',
          from: '01-KV01,Phòng THADS khu vực 1,',
          to: '01-KV01,Phòng Thi hành án dân sự khu vực 1,',
        },
        { file: 'units.csv', append: '01-KV02,Phòng THADS khu vực 2,office,01,2026-01-01,,,\n' },
        { file: 'targets.csv', from: '2025,01,84.17,58.00', to: '2025,01,85.00,58.00' },
        { file: 'targets.csv', append: '2026,,83.00,46.00\n' },
        { file: 'dataset.json', from: '"updated": "2026-01-15"', to: '"updated": "2026-02-01"' },
      ]),
    );
    expect(d.version).toEqual({ before: '2026-01-15', after: '2026-02-01' });
    expect(d.units.renamed).toEqual([
      {
        unit: { code: '01-KV01', name: 'Phòng Thi hành án dân sự khu vực 1', level: 'office', validFrom: '2025-07-01' },
        nameBefore: 'Phòng THADS khu vực 1',
      },
    ]);
    expect(d.units.added.map((c) => c.unit.code)).toEqual(['01-KV02']);
    expect(d.targets.changed).toEqual([
      {
        year: 2025,
        unit: { code: '01', name: 'Thành phố Hà Nội', level: 'province', validFrom: null },
        before: { cases: 84.17, money: 58 },
        after: { cases: 85, money: 58 },
      },
    ]);
    expect(d.targets.added).toEqual([{ year: 2026, unit: null, before: null, after: { cases: 83, money: 46 } }]);
    expect(d.revisions).toEqual([]);
    const md = formatDiffMarkdown(d, { before: 'main', after: 'data' });
    expect(md).toContain(
      '- Sửa / changed: 2025, Thành phố Hà Nội (01): việc / cases 84,17%, tiền / money 58,00% → việc / cases 85,00%, tiền / money 58,00%',
    );
    expect(md).toContain(
      '- Đổi tên / renamed: Phòng THADS khu vực 1 → Phòng Thi hành án dân sự khu vực 1 (01-KV01, từ 01/07/2025)',
    );
    expect(md).not.toContain('[!WARNING]');
  });

  it('keeps markup and table breaks in names out of the Markdown', () => {
    const d = compareData(
      before,
      // An office: a province's name must be the official one.
      edited([{ file: 'units.csv', from: '01-01,Chi cục THADS quận Ba Đình,', to: '01-01,Ba Đình | <b>x</b>,' }]),
    );
    const md = formatDiffMarkdown(d, { before: 'a', after: 'b' });
    expect(md).toContain('Ba Đình \\| \\<b\\>x\\</b\\> (01-01)');
  });
});
