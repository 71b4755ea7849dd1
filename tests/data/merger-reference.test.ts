/**
 * The merger in data/units.csv agrees with the verified reference table
 * (tests/fixtures/reference/provinces-2025-merger.csv, Resolution
 * 202/2025/QH15), row for row: each of the 63 former provinces went to the
 * province of the 34 that the reference names, with that code and name.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load';
import { parseCsv } from '../../src/lib/parse';
import { readDataFiles } from '../../src/lib/read';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LAST_OLD_DAY = '2025-06-30';
const FIRST_NEW_DAY = '2025-07-01';

const reference = parseCsv(
  'provinces-2025-merger.csv',
  await readFile(path.join(ROOT, 'tests/fixtures/reference/provinces-2025-merger.csv'), 'utf8'),
).records.map((r) => r.cells as { old_code: string; old_name: string; new_code: string; new_name: string });
const outcome = loadDataset(await readDataFiles(path.join(ROOT, 'data')));
if (!outcome.dataset) throw new Error('data/ does not validate: run npm run validate');
const { registry } = outcome.dataset;

/** "02 Tỉnh Hà Giang → 08 Tỉnh Tuyên Quang" as units.csv says it. */
function fromUnits(): string[] {
  return registry.inForceOn(LAST_OLD_DAY, 'province').map((old) => {
    // A province that was not merged is the same unit on both days; a merged one names its successor.
    const now = old.valid_to === null ? old : registry.successorsOf(old);
    const next = Array.isArray(now) ? now : [now];
    return `${old.code} ${old.name} → ${next.map((n) => `${n.code} ${n.name}`).join(' | ')}`;
  });
}

describe('data/units.csv and the reference merger table', () => {
  it('has the 63 and 34 provinces of the reference', () => {
    expect(reference).toHaveLength(63);
    expect(registry.inForceOn(LAST_OLD_DAY, 'province')).toHaveLength(63);
    expect(registry.inForceOn(FIRST_NEW_DAY, 'province')).toHaveLength(34);
    expect(new Set(reference.map((r) => `${r.new_code} ${r.new_name}`)).size).toBe(34);
  });

  it('sends every former province where the reference does, row for row', () => {
    const expected = reference.map((r) => `${r.old_code} ${r.old_name} → ${r.new_code} ${r.new_name}`).sort();
    expect(fromUnits().sort()).toEqual(expected);
  });

  it('has the new provinces of the reference in force from 1 July 2025, each formed by all its former provinces', () => {
    for (const code of new Set(reference.map((r) => r.new_code))) {
      const rows = reference.filter((r) => r.new_code === code);
      const now = registry.resolve(code, FIRST_NEW_DAY)!;
      expect(now.name).toBe(rows[0]!.new_name);
      const merged = rows.length > 1 || rows[0]!.old_name !== rows[0]!.new_name || now.valid_from !== null;
      if (!merged) continue;
      expect(now.valid_from, now.name).toBe(FIRST_NEW_DAY);
      expect(
        registry
          .predecessorsOf(now)
          .map((p) => p.code)
          .sort(),
        now.name,
      ).toEqual(rows.map((r) => r.old_code).sort());
    }
  });

  it('reuses the codes 24, 15, 44, 52, 80, 82, 91 for another province; 27, 10, 45, 64, 72, 87, 89 lose their name to them', () => {
    const reused = reference
      .filter((r) => r.old_code === r.new_code && r.old_name !== r.new_name)
      .map((r) => r.old_code);
    expect(reused.sort()).toEqual(['15', '24', '44', '52', '80', '82', '91']);
    // The province whose name the merged province took, under the code of another.
    const renamed = reference
      .filter((r) => r.old_code !== r.new_code && r.old_name === r.new_name)
      .map((r) => r.old_code);
    expect(renamed.sort()).toEqual(['10', '27', '45', '64', '72', '87', '89']);
    // Each reused code names two units, told apart by their page address.
    for (const code of reused) {
      const units = registry.withCode(code).filter((u) => u.level === 'province');
      expect(units.map((u) => u.slug)).toHaveLength(2);
      expect(new Set(units.map((u) => u.slug)).size).toBe(2);
    }
  });
});
