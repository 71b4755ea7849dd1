/** Plain data handed from lib to the Astro components: text already formatted. */
export interface Cell {
  text: string;
  href?: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface TableView {
  caption: string;
  head: string[];
  rows: Cell[][];
  /** Index of the column that names the row (rendered as a row header). */
  rowHeader?: number;
  /** An id for a link to the table, unique on its page. */
  id?: string;
}

export interface ChartView {
  /** Unique on the page; used for ids. */
  id: string;
  caption: string;
  /** One sentence saying what the chart shows, for everyone and for screen readers. */
  summary: string;
  svg: string;
  table: TableView;
  /** Where the figures are shown as a table on a page of their own, when the page shows a link instead of `table`. */
  tableLink?: Link;
}

export interface HeadlineItem {
  label: string;
  rate: string;
  /** "4.213 / 4.991 việc có điều kiện thi hành" */
  detail: string;
  change: string;
  changeNote: string;
  target: string;
  /** Whose target it is, when not the unit's own. */
  targetNote?: string;
  gap: string;
  /** "Xếp hạng trong tỉnh" */
  rankLabel?: string;
  /** "3/9", or "Không xếp hạng" when the rate is undefined. */
  rank?: string;
}

export interface HeadlineView {
  title: string;
  /** "Toàn quốc: năm 2026" */
  heading: string;
  range: string;
  items: HeadlineItem[];
  notes: string[];
}

export interface Link {
  text: string;
  href: string;
}
