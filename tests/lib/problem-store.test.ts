import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset, loadInto } from '../../src/lib/load';
import { ProblemStore } from '../../src/lib/problem-store';
import { error, type Problem, sortProblems, warning } from '../../src/lib/problems';
import { readDataFiles } from '../../src/lib/read';
import { countProblems, formatAnnotations, formatFiles, formatReport, SHOWN_PER_CODE } from '../../src/lib/report';
import { SMALL_DIR } from './helpers';

const place = { dataDir: path.resolve('/repo/data'), root: path.resolve('/repo') };

/** Problems drawn from a few files, lines, columns, codes and values, so that many share an order, some whole-file. */
const problemArb = fc
  .record({
    warn: fc.boolean(),
    code: fc.constantFrom('cell-not-integer', 'duplicate-row', 'rate-jump', 'file-missing'),
    file: fc.constantFrom('results/2024.csv', 'results/2025.csv', 'units.csv'),
    line: fc.option(fc.integer({ min: 2, max: 6 }), { nil: undefined }),
    column: fc.option(fc.constantFrom('cases_new', 'period'), { nil: undefined }),
    value: fc.option(fc.constantFrom('#REF!', '2025', 'Số liệu "mẫu"\n'), { nil: undefined }),
    // Problems of equal order told apart only by their message: the order they came in must hold.
    n: fc.nat(),
  })
  .map(({ warn, n, ...p }): Problem => {
    const input = { ...p, vi: `lỗi ${n}`, en: `problem ${n}` };
    return warn ? warning(input) : error(input);
  });

const storeOf = (problems: readonly Problem[], runSize: number, tmp?: string) => {
  const store = new ProblemStore({ all: true, runSize, ...(tmp ? { tmp } : {}) });
  for (const p of problems) store.add(p);
  return store;
};

describe('ProblemStore', () => {
  it('gives back every problem in the order sorting them all gives, across batches written out', () => {
    fc.assert(
      fc.property(fc.array(problemArb, { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (problems, runSize) => {
        const store = storeOf(problems, runSize);
        try {
          expect([...store.all()]).toEqual(sortProblems(problems));
          expect(store.counts()).toEqual(countProblems(problems));
        } finally {
          store.dispose();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps what the readable report, the annotations and the file list print, the same as from every problem', () => {
    fc.assert(
      fc.property(fc.array(problemArb, { minLength: 2 * SHOWN_PER_CODE, maxLength: 600 }), (problems) => {
        const store = new ProblemStore({ all: false });
        for (const p of problems) store.add(p);
        const sorted = sortProblems(problems);
        const skipped = [{ vi: 'bỏ qua', en: 'skipped' }];
        expect(formatReport({ problems: store.shown(), skipped, counts: store.counts() })).toBe(
          formatReport({ problems: sorted, skipped }),
        );
        expect(formatAnnotations(store.shown(), place)).toBe(formatAnnotations(sorted, place));
        const files = [{ file: 'results/2024.csv' }, { file: 'results/2025.csv', rows: 3 }, { file: 'units.csv' }];
        expect(formatFiles({ problems: store.fileErrors(), files })).toBe(formatFiles({ problems: sorted, files }));
        // Bounded: at most the first of each severity and code, whatever the number of problems.
        expect(store.shown().length).toBeLessThanOrEqual(2 * 4 * SHOWN_PER_CODE);
      }),
      { numRuns: 40 },
    );
  });

  it('writes nothing out without `all`, and refuses to give every problem', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'store-test-'));
    try {
      const store = new ProblemStore({ all: false, runSize: 1, tmp });
      for (let line = 2; line < 100; line++) {
        store.add(error({ code: 'cell-ref', file: 'results/2025.csv', line, vi: 'x', en: 'x' }));
      }
      expect(readdirSync(tmp)).toEqual([]);
      expect(() => [...store.all()]).toThrow(/first problems/);
      expect(store.shown().map((p) => p.line)).toEqual(Array.from({ length: SHOWN_PER_CODE }, (_, i) => i + 2));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('merges its batches into one past 64 of them, and deletes what it wrote', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'store-test-'));
    try {
      const problems = Array.from({ length: 300 }, (_, i) =>
        error({ code: 'cell-ref', file: 'results/2025.csv', line: 300 - i, vi: 'x', en: 'x' }),
      );
      const store = storeOf(problems, 2, tmp);
      const [dir, ...others] = readdirSync(tmp);
      expect(others).toEqual([]);
      // 150 batches of 2, merged into one at the 64th and again at the 127th: 24 files left.
      expect(readdirSync(path.join(tmp, dir!)).length).toBe(150 - 2 * 63);
      expect([...store.all()].map((p) => p.line)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
      store.dispose();
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('loadInto', () => {
  it('hands on, placed and with their hints, the same problems loadDataset sorts', async () => {
    const files = await readDataFiles(SMALL_DIR);
    const results = files.results.map((f) =>
      f.file === 'results/2025.csv'
        ? // Every office row's cases_new and period broken as a sheet exports them: many cells, a period hint.
          { ...f, text: f.text.replace(/^2025,(\d\d-KV\d\d),(\d+),(\d+),/gm, '03/2025,$1,$2,#REF!,') }
        : f,
    );
    const broken = { ...files, results };
    const store = new ProblemStore({ all: true, runSize: 3 });
    try {
      const loaded = loadInto(broken, store.add);
      const outcome = loadDataset(broken);
      expect(outcome.problems.some((p) => p.col !== undefined && p.value === '#REF!')).toBe(true);
      expect(outcome.problems.some((p) => p.en.includes('Did you mean'))).toBe(true);
      expect([...store.all()]).toEqual(outcome.problems);
      expect(loaded.dataset).toBeNull();
      expect(loaded.skipped).toEqual(outcome.skipped);
    } finally {
      store.dispose();
    }
  });
});
