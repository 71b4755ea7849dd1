import type { Located } from '../domain/types';
import type { Problem } from '../problems';
import type { Table } from './file';

/**
 * A units.csv row that failed its own checks is not in the registry, so every
 * office naming it as successor or parent would be reported again: those
 * repeats are left out, the row's own error stands for them. `alsoBroken`
 * adds codes that no row carries but a broken row meant (a province written
 * 1 for 01).
 */
export function withoutBrokenReferences(
  units: Table<unknown> | null,
  unitProblems: readonly Problem[],
  alsoBroken: ReadonlySet<string> = new Set(),
): Problem[] {
  if (!units) return [...unitProblems];
  const broken = new Set([...units.failed.map((r) => (r.cells.code ?? '').trim()), ...alsoBroken]);
  const codeAt = new Map((units.rows as Located<{ code: string }>[]).map((r) => [r.line, r.code]));
  for (const p of unitProblems) {
    if (p.code === 'unit-dates-order' && p.line !== undefined) broken.add(codeAt.get(p.line) ?? '');
  }
  const references = new Set(['successor_code', 'parent_code']);
  return unitProblems.filter(
    (p) => !(p.column !== undefined && references.has(p.column) && p.value !== undefined && broken.has(p.value)),
  );
}

/** Which codes units.csv can vouch for: none when it is missing or unreadable, else all but those in error. */
export interface Trust {
  /** Whether units.csv was read in full (else no code is trusted). */
  all: boolean;
  /** Codes of rows in error. */
  codes: Set<string>;
  trusted: (code: string) => boolean;
}

export function trustOf(
  units: Table<unknown> | null,
  unitProblems: readonly Problem[],
  meant: ReadonlySet<string> = new Set(),
): Trust {
  const codes = new Set<string>(meant);
  if (!units) return { all: false, codes, trusted: () => false };
  const codeAt = new Map<number, string>();
  for (const r of units.failed) codeAt.set(r.line, (r.cells.code ?? '').trim());
  for (const r of units.rows as Located<{ code: string }>[]) codeAt.set(r.line, r.code);
  let all = units.unplaced.length === 0;
  for (const p of [...units.problems, ...unitProblems]) {
    if (p.severity !== 'error' || p.line === undefined || !codeAt.has(p.line)) continue;
    const code = codeAt.get(p.line)!;
    if (code === '') all = false;
    else codes.add(code);
  }
  return { all, codes, trusted: (code) => all && !codes.has(code) };
}
