import type { UnitRow } from '../../src/lib/schemas/units';
import type { FormerDistrict } from './districts';
import { isContinuous, MERGER } from './merger';
import { lowerFirst } from './names';

/** Last day of the old organisation and first day of the new one (Resolution 202/2025/QH15). */
export const LAST_OLD_DAY = '2025-06-30';
export const FIRST_NEW_DAY = '2025-07-01';
/** Regional offices ("Phòng THADS khu vực") created on 1 July 2025. */
export const REGIONAL_OFFICES = 355;

/** A unit as written to units.csv. */
export type UnitRecord = UnitRow;

export interface Province {
  code: string;
  name: string;
  /** Former province codes whose caseload it took over (itself for a continuous province). */
  predecessors: string[];
}

export interface Office {
  code: string;
  name: string;
  /** The province code it reports to. */
  province: string;
  /** Former district offices whose caseload a regional office took over; empty for a district office. */
  predecessors: string[];
  /** Bare district name, e.g. "Huyện Trường Sa"; empty for a regional office. */
  district: string;
  /** Địa bàn of a regional office: the former districts it took over; empty for a district office. */
  area: string;
}

export interface Geography {
  oldProvinces: Province[];
  newProvinces: Province[];
  districtOffices: Office[];
  regionalOffices: Office[];
  units: UnitRecord[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Splits `total` in proportion to `weights` by largest remainders, each share
 * at least `min` and at most `max[i]`; the shares add up to `total` exactly.
 */
export function allocate(weights: readonly number[], total: number, min: number, max: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const shares = quotas.map((q, i) => Math.min(max[i]!, Math.max(min, Math.floor(q))));
  // Hand out (or take back) one at a time, largest remainder first, ties by position.
  const byRemainder = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - shares.reduce((s, n) => s + n, 0);
  const step = left > 0 ? 1 : -1;
  const order = step > 0 ? byRemainder : [...byRemainder].reverse();
  for (let pass = 0; left !== 0; pass++) {
    const movable = order.filter(({ i }) => (step > 0 ? shares[i]! < max[i]! : shares[i]! > min));
    if (movable.length === 0 || pass > total) throw new Error(`Cannot allocate ${total} within the bounds`);
    for (const { i } of movable.slice(0, Math.abs(left))) {
      shares[i]! += step;
      left -= step;
    }
  }
  return shares;
}

/** Splits `items` into `k` contiguous groups whose sizes differ by at most one, larger first. */
export function contiguousGroups<T>(items: readonly T[], k: number): T[][] {
  const base = Math.floor(items.length / k);
  const extra = items.length % k;
  const groups: T[][] = [];
  let at = 0;
  for (let g = 0; g < k; g++) {
    const size = base + (g < extra ? 1 : 0);
    groups.push(items.slice(at, at + size));
    at += size;
  }
  return groups;
}

/**
 * Builds every unit of the sample: the 63 former provinces (11 of them
 * continuing unchanged), the 23 merged provinces, a district office for each
 * former district, and 355 regional offices, each taking over a contiguous
 * run of the former districts of its province's territory.
 */
export function buildGeography(districts: Map<string, FormerDistrict[]>): Geography {
  const oldProvinces: Province[] = MERGER.map((r) => ({ code: r.oldCode, name: r.oldName, predecessors: [] }));
  const newCodes = [...new Set(MERGER.map((r) => r.newCode))].sort();
  const newProvinces: Province[] = newCodes.map((code) => {
    const rows = MERGER.filter((r) => r.newCode === code);
    return { code, name: rows[0]!.newName, predecessors: rows.map((r) => r.oldCode) };
  });

  const districtOffices: Office[] = oldProvinces.flatMap((p) =>
    (districts.get(p.code) ?? []).map((d, i) => ({
      code: `${p.code}-${pad2(i + 1)}`,
      name: `Chi cục THADS ${lowerFirst(d.name)}`,
      province: p.code,
      predecessors: [],
      district: d.name,
      area: '',
    })),
  );

  // Territory of each new province: predecessors in reference order, districts in official order.
  const territories = newProvinces.map((p) =>
    p.predecessors.flatMap((old) => districtOffices.filter((o) => o.province === old)),
  );
  const counts = allocate(
    territories.map((t) => t.length),
    REGIONAL_OFFICES,
    2,
    territories.map((t) => t.length),
  );
  const regionalOffices: Office[] = [];
  const successor = new Map<string, string>();
  newProvinces.forEach((p, i) => {
    contiguousGroups(territories[i]!, counts[i]!).forEach((group, g) => {
      const code = `${p.code}-KV${pad2(g + 1)}`;
      for (const o of group) successor.set(o.code, code);
      regionalOffices.push({
        code,
        name: `Phòng THADS khu vực ${g + 1}`,
        province: p.code,
        predecessors: group.map((o) => o.code),
        district: '',
        area: areaOf(group, isContinuous(p.code) ? null : oldProvinces),
      });
    });
  });

  return {
    oldProvinces,
    newProvinces,
    districtOffices,
    regionalOffices,
    units: unitRecords(oldProvinces, newProvinces, districtOffices, regionalOffices, successor),
  };
}

/**
 * The area (Địa bàn) a regional office serves, from the former districts it
 * took over: "quận Ba Đình, quận Hoàn Kiếm". In a merged province each run of
 * districts names its former province ("huyện Mèo Vạc (tỉnh Hà Giang cũ)"),
 * since district names repeat across provinces.
 */
function areaOf(group: readonly Office[], formerProvinces: readonly Province[] | null): string {
  const runs: Office[][] = [];
  for (const o of group) {
    const run = runs.at(-1);
    if (run && run[0]!.province === o.province) run.push(o);
    else runs.push([o]);
  }
  return runs
    .map((run) => {
      const names = run.map((o) => lowerFirst(o.district)).join(', ');
      const former = formerProvinces?.find((p) => p.code === run[0]!.province);
      return former ? `${names} (${lowerFirst(former.name)} cũ)` : names;
    })
    .join(', ');
}

function unitRecords(
  oldProvinces: Province[],
  newProvinces: Province[],
  districtOffices: Office[],
  regionalOffices: Office[],
  successor: Map<string, string>,
): UnitRecord[] {
  const unit = (u: Partial<UnitRecord> & Pick<UnitRecord, 'code' | 'name' | 'level'>): UnitRecord => ({
    parent_code: null,
    valid_from: null,
    valid_to: null,
    successor_code: [],
    area: null,
    ...u,
  });
  const newOf = new Map(MERGER.map((r) => [r.oldCode, r.newCode]));
  const units: UnitRecord[] = [
    // A province that was not merged is one unit across the reform.
    ...oldProvinces.map((p) =>
      isContinuous(p.code)
        ? unit({ code: p.code, name: p.name, level: 'province' })
        : unit({
            code: p.code,
            name: p.name,
            level: 'province',
            valid_to: LAST_OLD_DAY,
            successor_code: [newOf.get(p.code)!],
          }),
    ),
    ...newProvinces
      .filter((p) => !isContinuous(p.code))
      .map((p) => unit({ code: p.code, name: p.name, level: 'province', valid_from: FIRST_NEW_DAY })),
    ...districtOffices.map((o) =>
      unit({
        code: o.code,
        name: o.name,
        level: 'office',
        parent_code: o.province,
        valid_to: LAST_OLD_DAY,
        successor_code: [successor.get(o.code)!],
      }),
    ),
    ...regionalOffices.map((o) =>
      unit({
        code: o.code,
        name: o.name,
        level: 'office',
        parent_code: o.province,
        valid_from: FIRST_NEW_DAY,
        area: o.area,
      }),
    ),
  ];
  // By code, then by start date: a reused code lists its former holder first.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return units.sort((a, b) => cmp(a.code, b.code) || cmp(a.valid_from ?? '', b.valid_from ?? ''));
}
