/**
 * The types every stage shares: a row with its place in a file, a unit, a
 * result, a target. They sit under the pipeline so that validation produces
 * them and compute and the pages consume them without importing each other.
 */
import type { ResultRow } from '../schemas/results';
import type { TargetRow } from '../schemas/targets';
import type { UnitRow } from '../schemas/units';

/** A validated row with the place it came from and its cells as written, keyed by column name (read only while the data is loaded). */
export type Located<T> = T & { file: string; line: number; raw: Readonly<Record<string, string>> };

/** A reporting unit as read from units.csv, with its stable page address. */
export interface Unit extends Located<UnitRow> {
  /** Stable, unique slug: code and name, plus the end date for a former unit. */
  slug: string;
}

/** A result row whose unit code has been resolved to the unit in force at the period's end. */
export type Result = Located<ResultRow> & { unit: Unit };

/** A target with its unit resolved on the last day of its statistical year; null unit is national. */
export type Target = Located<TargetRow> & { unit: Unit | null };

/** A results row that exists in a file but was not checked further (a cell error, a wrong file), as written. */
export interface SetAsideRow {
  file: string;
  line: number;
  /** The unit_code cell as written. */
  code: string;
  /** The period key if the cell could be read, else null. */
  period: string | null;
}

/** Where a figure comes from: a row of the data, or the sum of the predecessors' rows. */
export type Basis = 'reported' | 'sum_of_predecessors';
