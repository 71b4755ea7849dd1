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
}

export interface ChartView {
  /** Unique on the page; used for ids. */
  id: string;
  caption: string;
  /** One sentence saying what the chart shows, for everyone and for screen readers. */
  summary: string;
  svg: string;
  table: TableView;
  /** Its files and embed code, on a page that offers them (views/share.ts). */
  share?: ChartShare;
}

/** What is offered under a chart: its files to save and the code that embeds it on another site. */
export interface ChartShare {
  /** "Tải biểu đồ:" */
  filesLabel: string;
  files: { text: string; href: string; name: string; type: string }[];
  embed: { label: string; href: string; linkText: string; code: string };
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
