import { FORMATS, formatCount } from './format';
/** A row another row's problem involves: its file and line. */
export interface RowRef {
  file: string;
  line: number;
}

/** A problem found in the data, always with a place and a bilingual message. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine-readable code naming the rule, e.g. `not-an-integer` (data/README.md lists them). */
  code: string;
  /** File path relative to the data directory, e.g. `results/2024.csv`. */
  file: string;
  /** 1-based physical line in the file (the header is line 1); absent for whole-file problems. */
  line?: number;
  /** Column name as written in the header. */
  column?: string;
  /** 1-based character column where the cell starts on `line`, when it can be computed from the file. */
  col?: number;
  /** The offending value as found. */
  value?: string;
  /** Vietnamese message first, then English. */
  vi: string;
  en: string;
  /** Every other row involved in a cross-row problem, ordered by file and line. */
  related?: RowRef[];
}

export type ProblemInput = Omit<Problem, 'severity'>;

/** The place of a cell of a row read from a file, with its value as written. */
export const at = (r: { file: string; line: number; raw: Readonly<Record<string, string>> }, column: string) => ({
  file: r.file,
  line: r.line,
  column,
  value: r.raw[column] ?? '',
});

/** The file and line of a row, for a problem's related rows. */
export const refOf = (r: { file: string; line: number }): RowRef => ({ file: r.file, line: r.line });

/** Orders row references by file, then line, and drops repeats, so reports are stable. */
export function sortRefs(refs: readonly RowRef[]): RowRef[] {
  // Most cross-row problems name one other row: nothing to order or drop.
  if (refs.length <= 1) return refs.slice();
  const seen = new Set<string>();
  return [...refs]
    .sort((a, b) => compareText(a.file, b.file) || a.line - b.line)
    .filter((r) => {
      const key = `${r.file}:${r.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const make = (severity: Problem['severity'], p: ProblemInput): Problem =>
  p.related ? { severity, ...p, related: sortRefs(p.related) } : { severity, ...p };

export const error = (p: ProblemInput): Problem => make('error', p);
export const warning = (p: ProblemInput): Problem => make('warning', p);

/**
 * A warning as `warning` makes it, with its two messages written when first
 * read (and kept): a rule that warns on tens of thousands of rows holds what
 * its messages are made of, not their text, and a report that prints the
 * first few of a code writes only those. The messages are own enumerable
 * properties in their usual place, so that copying, comparing and
 * serialising a warning see the same strings; `vi` and `en` must read
 * nothing that changes after the load.
 */
export function lazyWarning(p: Omit<ProblemInput, 'vi' | 'en'>, vi: () => string, en: () => string): Problem {
  const { related, ...place } = p;
  return withMessages({ severity: 'warning', ...place } as Problem, { vi, en }, related);
}

/**
 * `lazyWarning({ code, ...at(r, column), related }, …)` made field by field,
 * without the copies in between, its messages written by `messages` (an
 * object of their own, such as a class's instance, instead of two closures):
 * for a rule that warns on tens of thousands of rows.
 */
export function lazyWarningAt(
  code: string,
  r: { file: string; line: number; raw: Readonly<Record<string, string>> },
  column: string,
  related: RowRef[] | undefined,
  messages: Messages,
): Problem {
  const w = { severity: 'warning', code, file: r.file, line: r.line, column, value: r.raw[column] ?? '' } as Problem;
  return withMessages(w, messages, related);
}

/** A warning made lazy: its messages kept under MESSAGES, read through the shared accessors, then its related rows. */
function withMessages(w: Problem, messages: Messages, related: RowRef[] | undefined): Problem {
  Object.defineProperty(w, MESSAGES, { value: messages });
  Object.defineProperty(w, 'vi', LAZY_VI);
  Object.defineProperty(w, 'en', LAZY_EN);
  if (related) w.related = sortRefs(related);
  return w;
}

/** What writes a lazy warning's messages (each called once, as a method of this object), and the messages once written. */
export interface Messages {
  vi(): string;
  en(): string;
  viText?: string;
  enText?: string;
}

/** Where a lazy warning keeps its `Messages`: a property that no copy, comparison or serialisation sees. */
const MESSAGES = Symbol('messages');
type Lazy = Problem & { [MESSAGES]: Messages };

// The same two accessors for every lazy warning: V8 then gives them all one shape, half the size of one object each.
function lazyText(lang: 'vi' | 'en'): PropertyDescriptor {
  const text = lang === 'vi' ? 'viText' : 'enText';
  return {
    enumerable: true,
    configurable: true,
    get(this: Lazy) {
      const m = this[MESSAGES];
      m[text] ??= m[lang]();
      return m[text];
    },
    // Assigned like the plain property of any other problem.
    set(this: Lazy, value: string) {
      this[MESSAGES][text] = value;
    },
  };
}
const LAZY_VI = lazyText('vi');
const LAZY_EN = lazyText('en');

/**
 * Appends every item of the lists to `target`. Never `push(...list)`: a
 * spread passes each item as an argument, and past about 100.000 problems
 * (a year of monthly rows full of "#REF!") it overflows the call stack.
 */
export function pushAll<T>(target: T[], ...lists: readonly (readonly T[])[]): void {
  for (const list of lists) for (const item of list) target.push(item);
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

/** Where a problem is: `results/2024.csv:12 (cột/column cases_new)`. */
export function formatPlace(p: Problem): string {
  let place = p.file;
  if (p.line !== undefined) place += `:${p.line}`;
  if (p.column !== undefined) place += ` (cột/column ${p.column})`;
  return place;
}

/** How many related rows the readable report lists before summing up the rest (JSON lists them all). */
export const RELATED_SHOWN = 12;

/** The related rows as one readable line, the first RELATED_SHOWN of them in full. */
export function formatRelated(related: readonly RowRef[]): string {
  const shown = related.slice(0, RELATED_SHOWN).map((r) => `${r.file}:${r.line}`);
  const rest = related.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} … (+${rest} dòng khác / more rows)` : shown.join(', ');
}

/** One problem as readable lines: place, value and rule code; Vietnamese; English; related rows. */
export function formatProblem(p: Problem): string {
  const tag = p.severity === 'error' ? 'LỖI/ERROR' : 'CẢNH BÁO/WARNING';
  const value = p.value !== undefined ? ` [giá trị/value: ${JSON.stringify(p.value)}]` : '';
  const related = p.related?.length ? `\n    liên quan/related: ${formatRelated(p.related)}` : '';
  // The rule's code is what data/README.md lists the rules by.
  return `${tag} ${formatPlace(p)}${value} {${p.code}}\n    ${p.vi}\n    ${p.en}${related}`;
}

/** Code-unit order, independent of the machine's locale, so every run sorts alike. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Stable order: file, line, column, code, value. */
export const compareProblems = (a: Problem, b: Problem): number =>
  compareText(a.file, b.file) ||
  (a.line ?? 0) - (b.line ?? 0) ||
  compareText(a.column ?? '', b.column ?? '') ||
  compareText(a.code, b.code) ||
  compareText(a.value ?? '', b.value ?? '');

/** The problems in stable order (`compareProblems`), as a new list. */
export const sortProblems = (problems: readonly Problem[]): Problem[] => [...problems].sort(compareProblems);

/** Where a load hands each problem as it is found, so that nothing need hold them all. */
export type ProblemSink = (p: Problem) => void;

/**
 * Thrown when the data has errors, with the report of them as `npm run
 * validate` prints it: by default every error in full; for the data files,
 * the first of each code and a count of the rest, so that a million errors
 * still make a message.
 */
export class DataError extends Error {
  constructor(errors: number, report: string) {
    super(
      `Dữ liệu có ${formatCount(errors)} lỗi, không thể xây dựng trang. / The data has ${FORMATS.en.count(errors)} error(s); the site was not built.\n\n${report}`,
    );
    this.name = 'DataError';
  }

  /** Every error of a short list (the changelog's), each in full. */
  static of(problems: readonly Problem[]): DataError {
    const errors = problems.filter((p) => p.severity === 'error');
    return new DataError(errors.length, errors.map(formatProblem).join('\n'));
  }
}
