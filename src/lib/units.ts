import type { Level, UnitRow } from './schemas/units';
import { slugify } from './slug';
import type { Located } from './validate/table';

/** A reporting unit as read from units.csv, with its stable page address. */
export interface Unit extends Located<UnitRow> {
  /** Stable, unique slug: code and name, plus the end date for a former unit. */
  slug: string;
}

/** The day after an ISO date. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whether a unit is in force on an ISO date (validity bounds are inclusive). */
export const inForce = (u: UnitRow, date: string): boolean =>
  (u.valid_from === null || u.valid_from <= date) && (u.valid_to === null || date <= u.valid_to);

/**
 * A code names a unit only at a date (code 24 was Bắc Giang until 30 June 2025
 * and is Bắc Ninh since 1 July 2025), so every look-up takes one.
 */
export class UnitRegistry {
  private readonly byCode = new Map<string, Unit[]>();
  private predecessors: Map<Unit, Unit[]> | undefined;
  private offices: Map<Unit, Unit[]> | undefined;

  constructor(readonly units: readonly Unit[]) {
    for (const u of units) {
      const list = this.byCode.get(u.code) ?? [];
      list.push(u);
      this.byCode.set(u.code, list);
    }
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
      this.predecessors = new Map();
      for (const p of this.units) {
        for (const s of this.successorsOf(p)) {
          if (s !== p) this.predecessors.set(s, [...(this.predecessors.get(s) ?? []), p]);
        }
      }
    }
    return this.predecessors.get(u) ?? [];
  }

  /** Every office that ever belonged to a province (validation keeps an office's province fixed for its life). */
  officesOf(province: Unit): readonly Unit[] {
    if (!this.offices) {
      this.offices = new Map();
      for (const o of this.units) {
        const parent = o.level === 'office' ? this.parentOf(o, o.valid_from ?? '0001-01-01') : undefined;
        if (parent) this.offices.set(parent, [...(this.offices.get(parent) ?? []), o]);
      }
    }
    return this.offices.get(province) ?? [];
  }

  inForceOn(date: string, level?: Level): Unit[] {
    return this.units.filter((u) => inForce(u, date) && (level === undefined || u.level === level));
  }
}

/** "tuyen-quang-08", or "tuyen-quang-08-den-2025-06-30" for a former unit. */
export function unitSlug(u: UnitRow): string {
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
