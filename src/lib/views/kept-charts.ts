/**
 * The charts of the pages that share them, kept from the moment Astro lists
 * the routes of the shared files (chart files, embeds), which it does before
 * it writes any page, until the page itself takes them (take): each chart is
 * drawn once a build, and the chart files, the embeds and the unit or
 * rankings page read it from here. Astro writes a language's chart files and
 * embeds before its unit and rankings pages; should a reader come after the
 * page all the same, the charts are drawn again for it, so the order decides
 * only the cost.
 *
 * They wait as UTF-8 JSON, not as objects: about 31 MiB for the charts of
 * every unit page of both languages with the shipped data (the rankings pages
 * add two charts a period). The SVGs hold
 * Vietnamese, so V8 keeps their text at two bytes a character; as bytes they
 * are about half that and sit outside the heap, which the garbage collector
 * lets grow with what it holds. The routes come page by page, so the page read
 * last stays parsed; its charts are shared by whoever asks, and no caller
 * changes them (views copy a chart to add to it, as withShare does).
 */
import type { ChartView } from './types';

export class KeptCharts {
  readonly #bytes = new Map<string, Buffer>();
  readonly #draw = new Map<string, () => readonly ChartView[]>();
  #last: { key: string; charts: ChartView[] } | undefined;

  /** Draws the charts of the page `key` (a language and a page path) and keeps them; returns them. */
  keep(key: string, draw: () => readonly ChartView[]): readonly ChartView[] {
    const charts = draw();
    this.#draw.set(key, draw);
    this.#bytes.set(key, Buffer.from(JSON.stringify(charts), 'utf8'));
    if (this.#last?.key === key) this.#last = undefined;
    return charts;
  }

  /** The charts kept for `key`, as they were drawn (again if they were taken); undefined for a page never kept. */
  charts(key: string): ChartView[] | undefined {
    if (this.#last?.key === key) return this.#last.charts;
    const bytes = this.#bytes.get(key);
    if (!bytes) {
      const draw = this.#draw.get(key);
      return draw && [...this.keep(key, draw)];
    }
    const charts = JSON.parse(bytes.toString('utf8')) as ChartView[];
    this.#last = { key, charts };
    return charts;
  }

  /** The charts of `key` for their last reader, the page itself: they are let go. */
  take(key: string): ChartView[] | undefined {
    const charts = this.charts(key);
    this.#bytes.delete(key);
    if (this.#last?.key === key) this.#last = undefined;
    return charts;
  }

  /** One chart of the page `key`; an error names what is missing, for a route that asks for a chart no page drew. */
  chart(key: string, id: string): ChartView {
    const chart = this.charts(key)?.find((c) => c.id === id);
    if (!chart) throw new Error(`no chart "${id}" was drawn for the page ${key}`);
    return chart;
  }
}
