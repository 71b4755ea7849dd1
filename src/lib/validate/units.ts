import { group } from 'd3';
import type { Located, Unit } from '../domain/types';
import { nextDay, UnitRegistry, unitSlug } from '../domain/units';
import { error, type Problem } from '../problems';
import { SUCCESSOR_SEPARATOR, type UnitRow } from '../schemas/units';

/**
 * Checks units.csv as a whole: validity dates ordered, one unit per code on
 * any date, parents and successors that exist when they are needed.
 */
export function validateUnits(rows: Located<UnitRow>[]): { registry: UnitRegistry; problems: Problem[] } {
  const { units, problems } = withOrderedDates(rows);
  const overlaps = codeOverlaps(units);
  problems.push(...overlaps.problems, ...slugClashes(units));
  const registry = new UnitRegistry(units);
  for (const u of units) {
    problems.push(...checkParent(u, registry), ...checkSuccessor(u, registry, overlaps.codes), ...checkArea(u));
  }
  return { registry, problems };
}

/** The units whose validity dates are in order; the others are reported and left out. */
function withOrderedDates(rows: readonly Located<UnitRow>[]): { units: Unit[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const units: Unit[] = [];
  for (const row of rows) {
    if (row.valid_from !== null && row.valid_to !== null && row.valid_from > row.valid_to) {
      problems.push(
        error({
          code: 'unit-dates-order',
          file: row.file,
          line: row.line,
          column: 'valid_to',
          value: row.valid_to,
          vi: `Ngày hết hiệu lực (${row.valid_to}) đứng trước ngày bắt đầu (${row.valid_from}).`,
          en: `The end date (${row.valid_to}) is before the start date (${row.valid_from}).`,
        }),
      );
      continue;
    }
    units.push({ ...row, slug: unitSlug(row) });
  }
  return { units, problems };
}

/**
 * Any two units with one code whose validity intervals meet (not only
 * neighbours), and the codes concerned: their own error says what to fix,
 * nothing about them is reported again.
 */
function codeOverlaps(units: readonly Unit[]): { problems: Problem[]; codes: Set<string> } {
  const problems: Problem[] = [];
  const codes = new Set<string>();
  for (const list of group(units, (u) => u.code).values()) {
    for (let i = 1; i < list.length; i++) {
      const cur = list[i]!;
      // Every earlier unit it overlaps is named, not only the first.
      const earlier = list.slice(0, i).filter((p) => overlaps(p, cur));
      const prev = earlier[0];
      if (!prev) continue;
      codes.add(cur.code);
      problems.push(
        error({
          code: 'unit-code-overlap',
          file: cur.file,
          line: cur.line,
          column: 'code',
          value: cur.code,
          vi: `Mã ${cur.code} được dùng cho hai đơn vị cùng có hiệu lực trong một khoảng thời gian ("${prev.name}" dòng ${prev.line} và "${cur.name}"); một mã chỉ được chỉ một đơn vị vào mỗi ngày.`,
          en: `Code ${cur.code} names two units in force at the same time ("${prev.name}" on line ${prev.line} and "${cur.name}"); a code may name only one unit on any date.`,
          related: earlier.map((p) => ({ file: p.file, line: p.line })),
        }),
      );
    }
  }
  return { problems, codes };
}

/** Page addresses must be unique; a clash means two units that readers cannot tell apart. */
function slugClashes(units: readonly Unit[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, Unit>();
  for (const u of units) {
    const other = bySlug.get(u.slug);
    if (!other) {
      bySlug.set(u.slug, u);
      continue;
    }
    problems.push(
      error({
        code: 'unit-slug-clash',
        file: u.file,
        line: u.line,
        column: 'name',
        value: u.name,
        vi: `Đơn vị này và "${other.name}" (dòng ${other.line}) có cùng mã, tên và ngày hết hiệu lực nên không thể phân biệt.`,
        en: `This unit and "${other.name}" (line ${other.line}) share code, name and end date, so they cannot be told apart.`,
        related: [{ file: other.file, line: other.line }],
      }),
    );
  }
  return problems;
}

function checkParent(u: Unit, registry: UnitRegistry): Problem[] {
  const place = { file: u.file, line: u.line, column: 'parent_code', value: u.parent_code ?? '' };
  if (u.level === 'province') {
    return u.parent_code === null
      ? []
      : [
          error({
            code: 'unit-province-parent',
            ...place,
            vi: 'Đơn vị cấp tỉnh không có đơn vị cấp trên: để trống parent_code.',
            en: 'A province has no parent: leave parent_code empty.',
          }),
        ];
  }
  if (u.parent_code === null) {
    return [
      error({
        code: 'unit-office-parent-missing',
        ...place,
        vi: 'Đơn vị cấp huyện/khu vực phải có mã tỉnh (parent_code).',
        en: 'An office needs the code of its province (parent_code).',
      }),
    ];
  }
  // The parent must be the same province at both ends of the office's life.
  const atStart = registry.parentOf(u, u.valid_from ?? '0001-01-01');
  const atEnd = registry.parentOf(u, u.valid_to ?? '9999-12-31');
  const life = {
    vi: `từ ${u.valid_from ?? 'khi bắt đầu có số liệu'} đến ${u.valid_to ?? 'nay'}`,
    en: `from ${u.valid_from ?? 'the beginning of the data'} to ${u.valid_to ?? 'today'}`,
  };
  if (!atStart || !atEnd || atStart !== atEnd || atStart.level !== 'province' || !covers(atStart, u)) {
    return [
      error({
        code: 'unit-parent-not-in-force',
        ...place,
        vi: `Mã tỉnh ${u.parent_code} không chỉ một tỉnh duy nhất có hiệu lực suốt thời gian hoạt động của đơn vị (${life.vi}).`,
        en: `Parent code ${u.parent_code} does not name one province in force for the whole life of the office (${life.en}).`,
      }),
    ];
  }
  return [];
}

/** Địa bàn says where an office serves; a province's area is the province itself. */
function checkArea(u: Unit): Problem[] {
  if (u.area === null || u.level === 'office') return [];
  return [
    error({
      code: 'unit-area-province',
      file: u.file,
      line: u.line,
      column: 'area',
      value: u.area,
      vi: 'Chỉ đơn vị cấp huyện/khu vực (level = office) mới ghi địa bàn (area); với một tỉnh, hãy để trống ô này.',
      en: 'Only an office (level = office) has an area; leave it empty for a province.',
    }),
  ];
}

const overlaps = (a: Unit, b: Unit): boolean =>
  (a.valid_from === null || b.valid_to === null || a.valid_from <= b.valid_to) &&
  (b.valid_from === null || a.valid_to === null || b.valid_from <= a.valid_to);

const covers = (outer: Unit, inner: Unit): boolean =>
  (outer.valid_from === null || (inner.valid_from !== null && outer.valid_from <= inner.valid_from)) &&
  (outer.valid_to === null || (inner.valid_to !== null && inner.valid_to <= outer.valid_to));

function checkSuccessor(u: Unit, registry: UnitRegistry, overlapping: ReadonlySet<string>): Problem[] {
  const codes = u.successor_code;
  if (codes.length === 0) return [];
  const place = { file: u.file, line: u.line, column: 'successor_code', value: codes.join(SUCCESSOR_SEPARATOR) };
  if (u.valid_to === null) {
    return [
      error({
        code: 'unit-successor-without-end',
        ...place,
        vi: 'Đơn vị còn hiệu lực (valid_to trống) thì không có đơn vị kế thừa.',
        en: 'A unit still in force (empty valid_to) cannot have a successor.',
      }),
    ];
  }
  const problems: Problem[] = [];
  const repeated = codes.filter((c, i) => codes.indexOf(c) !== i);
  if (repeated.length) {
    problems.push(
      error({
        code: 'unit-successor-repeated',
        ...place,
        vi: `Mã ${[...new Set(repeated)].join(', ')} được ghi hơn một lần trong danh sách đơn vị kế thừa; mỗi đơn vị kế thừa chỉ ghi một lần.`,
        en: `Code ${[...new Set(repeated)].join(', ')} appears more than once among the successors; list each successor once.`,
      }),
    );
  }
  const day = nextDay(u.valid_to);
  for (const code of new Set(codes)) {
    // Each successor of a list is its own value, so that a problem names the code it is about.
    const problem = successorProblem(u, registry.resolve(code, day), day, { ...place, value: code }, overlapping);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** What is wrong with one successor of `u`, resolved on `day`, the day after it ended; null when nothing is. */
function successorProblem(
  u: Unit,
  successor: Unit | undefined,
  day: string,
  at: { file: string; line: number; column: string; value: string },
  overlapping: ReadonlySet<string>,
): Problem | null {
  const code = at.value;
  if (!successor) {
    return error({
      code: 'unit-successor-unknown',
      ...at,
      vi: `Không có đơn vị nào mang mã ${code} có hiệu lực vào ngày ${day} (ngày sau valid_to).`,
      en: `No unit with code ${code} is in force on ${day}, the day after valid_to.`,
    });
  }
  if (successor.level !== u.level) {
    return error({
      code: 'unit-successor-level',
      ...at,
      vi: `Đơn vị kế thừa "${successor.name}" khác cấp (${successor.level}, cần ${u.level}).`,
      en: `The successor "${successor.name}" is of another level (${successor.level}, expected ${u.level}).`,
    });
  }
  if (successor.valid_from === day || overlapping.has(code)) return null;
  // A merger opens a new row for the unit it forms; the comparable series and the pages rely on it.
  return error({
    code: 'unit-successor-not-new',
    ...at,
    vi: `Đơn vị kế thừa "${successor.name}" (mã ${code}) đã có hiệu lực trước ngày ${day}. Khi sáp nhập, hãy kết thúc dòng cũ của đơn vị nhận và thêm một dòng mới cho đơn vị sau sáp nhập với valid_from = ${day}, rồi ghi các đơn vị cũ (kể cả đơn vị nhận) có successor_code trỏ tới dòng mới đó.`,
    en: `The successor "${successor.name}" (code ${code}) was already in force before ${day}. For a merger, end the receiving unit's old row and add a new row for the merged unit with valid_from = ${day}, then point every former unit (the receiving one included) to that new row with successor_code.`,
  });
}
