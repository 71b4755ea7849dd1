/**
 * The charts of the pages that share them, kept for the whole build from the
 * moment Astro lists the routes of the shared files (chart files, embeds),
 * which it does before it writes any page: each chart is drawn once a build,
 * and the chart files, the embeds and the unit page read it from here.
 *
 * They wait as UTF-8 JSON, not as objects: about 31 MiB for the charts of
 * every unit page of both languages with the shipped data. The SVGs hold
 * Vietnamese, so V8 keeps their text at two bytes a character; as bytes they
 * are about half that and sit outside the heap, which the garbage collector
 * lets grow with what it holds. The routes come page by page, so the page read
 * last stays parsed; its charts are shared by whoever asks, and no caller
 * changes them (views copy a chart to add to it, as withShare does).
 */
import type { ChartView } from './types';

export class KeptCharts {
  readonly #bytes = new Map<string, Buffer>();
  #last: { key: string; charts: ChartView[] } | undefined;

  /** Keeps the charts of the page `key` (a language and a page path). */
  keep(key: string, charts: readonly ChartView[]): void {
    this.#bytes.set(key, Buffer.from(JSON.stringify(charts), 'utf8'));
    if (this.#last?.key === key) this.#last = undefined;
  }

  has(key: string): boolean {
    return this.#bytes.has(key);
  }

  /** The charts kept for `key`, as they were given; undefined when none were. */
  charts(key: string): ChartView[] | undefined {
    if (this.#last?.key === key) return this.#last.charts;
    const bytes = this.#bytes.get(key);
    if (!bytes) return undefined;
    const charts = JSON.parse(bytes.toString('utf8')) as ChartView[];
    this.#last = { key, charts };
    return charts;
  }

  /** One chart of the page `key`; an error names what is missing, for a route that asks for a chart no page drew. */
  chart(key: string, id: string): ChartView {
    const chart = this.charts(key)?.find((c) => c.id === id);
    if (!chart) throw new Error(`no chart "${id}" was drawn for the page ${key}`);
    return chart;
  }
}
