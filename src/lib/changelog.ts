import type { Located } from './domain/types';
import { parseCsv } from './parse';
import { hasErrors, type Problem, sortProblems, warning } from './problems';
import type { SourceFile } from './read';
import {
  CHANGELOG_COLUMNS,
  CHANGELOG_OPTIONAL_COLUMNS,
  type ChangelogRow,
  ChangelogRowSchema,
} from './schemas/changelog';
import { validateTable } from './validate/table';

/**
 * The record of publications, data/changelog.csv: what each version (the
 * `updated` date of dataset.json) changed, so that a reader who downloaded an
 * older file sees what was revised since. Optional: a dataset without it is valid.
 */

export type ChangelogEntry = Located<ChangelogRow>;

/** One publication: its version and its changes, in file order. */
export interface Publication {
  version: string;
  entries: ChangelogEntry[];
}

/** Reads and checks data/changelog.csv; newest version first. Warns when the current version has no entry. */
export function loadChangelog(
  src: SourceFile | null,
  currentVersion: string,
): { publications: Publication[]; problems: Problem[] } {
  if (!src) return { publications: [], problems: [] };
  if (src.problems?.length) return { publications: [], problems: src.problems };
  const parsed = parseCsv(src.file, src.text);
  const table = validateTable(parsed, {
    schema: ChangelogRowSchema,
    required: CHANGELOG_COLUMNS,
    optional: CHANGELOG_OPTIONAL_COLUMNS,
  });
  const problems = [...parsed.problems, ...table.problems];
  const byVersion = new Map<string, ChangelogEntry[]>();
  for (const row of table.rows) {
    const list = byVersion.get(row.version!) ?? [];
    list.push(row);
    byVersion.set(row.version!, list);
  }
  // Said only of a file without errors: a row set aside for a bad cell may be the current version's.
  if (!byVersion.has(currentVersion) && !hasErrors(problems)) {
    problems.push(
      warning({
        code: 'changelog-no-entry',
        file: src.file,
        value: currentVersion,
        vi: `Nhật ký thay đổi chưa có dòng nào cho phiên bản hiện tại (ngày updated ${currentVersion} trong dataset.json). Chạy "npm run diff -- main data --changelog" để có bản nháp.`,
        en: `The change log has no row for the current version (updated ${currentVersion} in dataset.json). Run "npm run diff -- main data --changelog" for a draft.`,
      }),
    );
  }
  const publications = [...byVersion]
    .map(([version, entries]) => ({ version, entries }))
    .sort((a, b) => (a.version < b.version ? 1 : a.version > b.version ? -1 : 0));
  return { publications, problems: sortProblems(problems) };
}
