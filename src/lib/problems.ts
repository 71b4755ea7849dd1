/** A problem found in the data, always with a place and a bilingual message. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `not-an-integer`. */
  code: string;
  /** File path relative to the data directory, e.g. `results/2024.csv`. */
  file: string;
  /** 1-based physical line in the file (the header is line 1); absent for whole-file problems. */
  line?: number;
  /** Column name as written in the header. */
  column?: string;
  /** The offending value as found. */
  value?: string;
  /** Vietnamese message first, then English. */
  vi: string;
  en: string;
  /** Other rows involved in a cross-row problem. */
  related?: { file: string; line: number }[];
}

export type ProblemInput = Omit<Problem, 'severity'>;

export const error = (p: ProblemInput): Problem => ({ severity: 'error', ...p });
export const warning = (p: ProblemInput): Problem => ({ severity: 'warning', ...p });

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

/** Where a problem is: `results/2024.csv:12 (cột/column cases_new)`. */
export function formatPlace(p: Problem): string {
  let place = p.file;
  if (p.line !== undefined) place += `:${p.line}`;
  if (p.column !== undefined) place += ` (cột/column ${p.column})`;
  return place;
}

/** One problem as two readable lines: place and Vietnamese, then English. */
export function formatProblem(p: Problem): string {
  const tag = p.severity === 'error' ? 'LỖI/ERROR' : 'CẢNH BÁO/WARNING';
  const value = p.value !== undefined ? ` [giá trị/value: ${JSON.stringify(p.value)}]` : '';
  const related = p.related?.length
    ? `\n    liên quan/related: ${p.related.map((r) => `${r.file}:${r.line}`).join(', ')}`
    : '';
  return `${tag} ${formatPlace(p)}${value}\n    ${p.vi}\n    ${p.en}${related}`;
}

/** Stable order: file, line, column, code. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? '').localeCompare(b.column ?? '') ||
      a.code.localeCompare(b.code),
  );
}

/** Thrown when the data has errors; carries every problem found. */
export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `Dữ liệu có ${errors.length} lỗi, không thể xây dựng trang. / The data has ${errors.length} error(s); the site was not built.\n\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'DataError';
  }
}
