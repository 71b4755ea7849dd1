/**
 * Rows placed by a unit and a period, for the rules that pair or group every
 * row (the same unit a year before, a province in a period). Units and
 * periods are numbered in the order they are first met, and a (unit, period)
 * is a cell of one flat array: a look-up per row is an index, where a map of
 * periods per unit cost more than the rules asking it (each of hundreds of
 * maps growing to hundreds of periods). When the pairs would outnumber the
 * rows many times over (sparse data: many units, each with a few of many
 * periods), the cells are kept in a Map by the same number instead, so
 * memory stays in step with the rows.
 */

/** Each row's unit and period as numbers, and how many of each there are. */
export interface Numbered {
  /** Per row, its unit's number. */
  unit: Int32Array;
  /** Per row, its period's number. */
  period: Int32Array;
  units: number;
  /** Period order (`Period.order`) → its number. */
  periods: Map<number, number>;
}

/** Numbers each row's unit (by `unitKey`: a slug, or the unit itself) and period (by its `order`), as first met. */
export function numberRows<R>(rows: readonly R[], unitKey: (r: R) => unknown, order: (r: R) => number): Numbered {
  const units = new Map<unknown, number>();
  const periods = new Map<number, number>();
  const unit = new Int32Array(rows.length);
  const period = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const key = unitKey(r);
    let u = units.get(key);
    if (u === undefined) {
      u = units.size;
      units.set(key, u);
    }
    const o = order(r);
    let p = periods.get(o);
    if (p === undefined) {
      p = periods.size;
      periods.set(o, p);
    }
    unit[i] = u;
    period[i] = p;
  }
  return { unit, period, units: units.size, periods };
}

/** Above this many cells per row, beyond a first ARRAY_SLACK cells, the cells are kept in a Map. */
const ARRAY_CELLS_PER_ROW = 8;
const ARRAY_SLACK = 4096;

/** A value per (unit number, period number); undefined where none was set. */
export class UnitPeriodTable<T> {
  private readonly array: (T | undefined)[] | null;
  private readonly map: Map<number, T> | null;

  constructor(
    private readonly numbered: Pick<Numbered, 'units' | 'periods'>,
    rows: number,
    cellsPerRow = ARRAY_CELLS_PER_ROW,
    slack = ARRAY_SLACK,
  ) {
    const cells = numbered.units * numbered.periods.size;
    const small = cells <= cellsPerRow * rows + slack;
    this.array = small ? new Array<T | undefined>(cells) : null;
    this.map = small ? null : new Map();
  }

  /** Whether the cells are kept in a Map (see ARRAY_CELLS_PER_ROW). */
  get sparse(): boolean {
    return this.map !== null;
  }

  get(unit: number, period: number): T | undefined {
    const at = unit * this.numbered.periods.size + period;
    return this.array ? this.array[at] : this.map!.get(at);
  }

  set(unit: number, period: number, value: T): void {
    const at = unit * this.numbered.periods.size + period;
    if (this.array) this.array[at] = value;
    else this.map!.set(at, value);
  }
}
