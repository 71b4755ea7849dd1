import type { DatasetInfo } from '../schemas/dataset';
import type { Result, Target } from './types';
import type { UnitRegistry } from './units';

/** The whole validated dataset: what compute and the pages work from. */
export interface Dataset {
  info: DatasetInfo;
  registry: UnitRegistry;
  results: Result[];
  targets: Target[];
  /** What was read, for the validation summary. */
  files: { file: string; rows: number }[];
}
