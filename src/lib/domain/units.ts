import { group, rollup } from 'd3';
import type { Level, UnitRow } from '../schemas/units';
import { slugify } from '../slug';
import type { Unit } from './types';

/** The day after an ISO date. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whether a unit is in force on an ISO date (validity bounds are inclusive). */
export const inForce = (u: Pick<UnitRow, 'valid_from' | 'valid_to'>, date: string): boolean =>
  (u.valid_from === null || u.valid_from <= date) && (u.valid_to === null || date <= u.valid_to);

/**
 * A code names a unit only at a date (code 24 was Bắc Giang until 30 June 2025
 * and is Bắc Ninh since 1 July 2025), so every look-up takes one.
 */
export class UnitRegistry {
  /** A plain Map: every results row looks its code up here. */
  private readonly byCode: Map<string, Unit[]>;
  private predecessors: Map<Unit, Unit[]> | undefined;
  private offices: Map<Unit | undefined, Unit[]> | undefined;

  constructor(readonly units: readonly Unit[]) {
    this.byCode = new Map(group(units, (u) => u.code));
  }

  /** Every unit that ever had this code. */
  withCode(code: string): readonly Unit[] {
    return this.byCode.get(code) ?? [];
  }

  /** The unit with this code in force on the date, if any. */
  resolve(code: string, date: string): Unit | undefined {
    return this.withCode(code).find((u) => inForce(u, date));
  }

  /** The province an office belongs to, resolved on the date. */
  parentOf(u: Unit, date: string): Unit | undefined {
    return u.parent_code === null ? undefined : this.resolve(u.parent_code, date);
  }

  /**
   * The units that took over the caseload, in force the day after valid_to:
   * one after a merger, several when the caseload was divided (a split).
   * Validation guarantees each code resolves.
   */
  successorsOf(u: Unit): readonly Unit[] {
    if (u.valid_to === null) return [];
    const day = nextDay(u.valid_to);
    return u.successor_code.flatMap((code) => this.resolve(code, day) ?? []);
  }

  /** The only successor; undefined when there is none or the caseload was divided among several. */
  successorOf(u: Unit): Unit | undefined {
    const all = this.successorsOf(u);
    return all.length === 1 ? all[0] : undefined;
  }

  /** Whether the unit's caseload was divided among several successors. */
  isSplit(u: Unit): boolean {
    return this.successorsOf(u).length > 1;
  }

  /** Units of which this unit is a successor (all of them, split or not); indexed on first use, since every page asks. */
  predecessorsOf(u: Unit): readonly Unit[] {
    if (!this.predecessors) {
      const links = this.units.flatMap((p) =>
        this.successorsOf(p)
          .filter((s) => s !== p)
          .map((s) => ({ successor: s, predecessor: p })),
      );
      this.predecessors = rollup(
        links,
        (l) => l.map((x) => x.predecessor),
        (l) => l.successor,
      );
    }
    return this.predecessors.get(u) ?? [];
  }

  /** Every office that ever belonged to a province (validation keeps an office's province fixed for its life). */
  officesOf(province: Unit): readonly Unit[] {
    this.offices ??= group(
      this.units.filter((o) => o.level === 'office'),
      (o) => this.parentOf(o, o.valid_from ?? '0001-01-01'),
    );
    return this.offices.get(province) ?? [];
  }

  inForceOn(date: string, level?: Level): Unit[] {
    return this.units.filter((u) => inForce(u, date) && (level === undefined || u.level === level));
  }
}

/** "tuyen-quang-08", or "tuyen-quang-08-den-2025-06-30" for a former unit. */
export function unitSlug(u: Omit<UnitRow, 'area'>): string {
  const name = slugify(u.name.replace(/^(Tỉnh|Thành phố|Chi cục THADS|Phòng THADS)\s+/u, ''));
  return [shorten(name), u.code.toLowerCase(), ...(u.valid_to ? ['den', u.valid_to] : [])].join('-');
}

// Each slug is a directory name, and file systems refuse names over 255 bytes; the code and end date keep it unique.
const SLUG_NAME_MAX = 60;
function shorten(slug: string): string {
  if (slug.length <= SLUG_NAME_MAX) return slug;
  const at = slug.lastIndexOf('-', SLUG_NAME_MAX);
  return slug.slice(0, at > 0 ? at : SLUG_NAME_MAX);
}
