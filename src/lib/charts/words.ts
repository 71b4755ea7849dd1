import { FORMATS, type Lang } from '../format';
import { MEASURE_LABEL, MEASURE_LABEL_EN } from '../glossary';

/** The few words and the number format a chart writes inside its SVG, in one language. */
export interface ChartWords {
  /** "84,41%" / "84.41%" */
  percent: (x: number | null | undefined) => string;
  /** The label of a target line: "Chỉ tiêu" / "Target". */
  target: string;
  /** The note of a ranking whose units have different targets, each drawn on its bar. */
  ownTargets: string;
  /** Written on an empty chart: "Chưa có số liệu" / "No data yet". */
  noData: string;
}

export const CHART_WORDS: Record<Lang, ChartWords> = {
  vi: {
    percent: FORMATS.vi.percent,
    target: 'Chỉ tiêu',
    ownTargets: 'Vạch đứt: chỉ tiêu của từng đơn vị',
    noData: 'Chưa có số liệu',
  },
  en: {
    percent: FORMATS.en.percent,
    target: 'Target',
    ownTargets: 'Dashes: each unit’s own target',
    noData: 'No data yet',
  },
};

/** The measures' series names in every language, which keep their fixed colours. */
export const MEASURE_SERIES = { vi: MEASURE_LABEL, en: MEASURE_LABEL_EN } as const;
