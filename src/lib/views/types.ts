/** Plain data handed from lib to the Astro components: text already formatted. */

/** A short form rendered as <abbr title>: "điểm %" for "điểm phần trăm". */
export interface Abbr {
  text: string;
  title: string;
}

export interface Cell {
  text: string;
  /** Written after the text, as an abbreviation with its full form ("+0,24 điểm %"). */
  abbr?: Abbr;
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
  /** The same chart drawn for a desktop's full column, shown instead of `svg` on wide screens. */
  svgWide?: string;
  table: TableView;
  /** The summary of the details holding the table: "Xem số liệu của biểu đồ dạng bảng". */
  showTable: string;
  /** The accessible name of the "#" link beside the caption: "Liên kết đến biểu đồ này". */
  permalink: string;
  /** Where the figures are shown as a table on a page of their own, when the page shows a link instead of `table`. */
  tableLink?: Link;
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
  /** "+0,11", with changeUnit after it; "—" with changeWhy when there is no change. */
  change: string;
  changeUnit?: Abbr;
  /** Why the change is "—": no figure last year, a unit formed later, an undefined rate. */
  changeWhy?: string;
  changeNote: string;
  /** "Toàn quốc: 83,68%" beside a unit's rate. */
  national?: string;
  target: string;
  /** Whose target it is, when not the unit's own. */
  targetNote?: string;
  gap: string;
  gapUnit?: Abbr;
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
  /** The labels of each card: "Thay đổi", "Chỉ tiêu", "So với chỉ tiêu". */
  words: { change: string; target: string; gap: string };
  items: HeadlineItem[];
  notes: string[];
}

export interface Link {
  text: string;
  href: string;
}
