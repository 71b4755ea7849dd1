import type { Geography } from './geography';
import { isContinuous } from './merger';
import { Rng } from './random';
import type { SampleRow } from './simulate';

const NOTE_NOTHING = 'Không phát sinh việc thi hành án trong kỳ.';
const NOTE_MERGED = 'Gồm số liệu của các tỉnh trước khi hợp nhất (từ 01/10/2024 đến 30/6/2025).';
const NOTE_CORRECTED = 'Số liệu đã được đính chính, thay cho báo cáo trước.';

/**
 * Adds the few notes a real file carries: offices with nothing to report, the
 * first year of the merged provinces, and a handful of corrected rows (one
 * with a comma, so that the CSV quoting is exercised).
 */
export function addNotes(rows: SampleRow[], geo: Geography): void {
  const merged = new Set(geo.newProvinces.filter((p) => !isContinuous(p.code)).map((p) => p.code));
  for (const r of rows) {
    const total = r.cases.carried_over + r.cases.new + r.money.carried_over + r.money.new;
    if (total === 0) r.note = NOTE_NOTHING;
    else if (r.period.key === '2025' && merged.has(r.unit)) r.note = NOTE_MERGED;
  }
  const candidates = rows.filter((r) => r.note === null && r.unit.includes('-') && r.period.months === 12);
  for (const r of Rng.for('notes').shuffle(candidates).slice(0, 3)) r.note = NOTE_CORRECTED;
}
