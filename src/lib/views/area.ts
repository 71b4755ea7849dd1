/**
 * The area (Địa bàn) an office serves, as readers see it beside the office's
 * name: whole in headings, tables and tooltips, shortened where space is
 * tight (chart labels). The Vietnamese wording is kept here.
 */
import type { Unit } from '../domain/types';
import type { Lang } from '../format';

/** "Địa bàn" / "Area": the column's label in each language (the area itself stays Vietnamese). */
export const AREA_LABEL: Record<Lang, string> = { vi: 'Địa bàn', en: 'Area' };

/** "Địa bàn: quận Ba Đình, quận Hoàn Kiếm", or null when the unit has no area. */
export const areaLine = (u: Pick<Unit, 'area'>, lang: Lang = 'vi'): string | null =>
  u.area ? `${AREA_LABEL[lang]}: ${u.area}` : null;

/**
 * The first place of an area without its former province, "…" when more
 * follow: "quận Ba Đình, …" for "quận Ba Đình, quận Hoàn Kiếm".
 */
export function shortArea(area: string): string {
  const places = area
    .replace(/\s*\([^)]*\)/gu, '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (places.length <= 1) return places[0] ?? area;
  return `${places[0]}, …`;
}

/** A name with its whole area, for a tooltip or a title: "Phòng THADS khu vực 1 (Địa bàn: …)". */
export const withArea = (name: string, u: Pick<Unit, 'area'>, lang: Lang = 'vi'): string =>
  u.area ? `${name} (${AREA_LABEL[lang]}: ${u.area})` : name;

/** A table head with the area column inserted before its last column (the rate), when some unit has an area. */
export const withAreaColumn = (head: readonly string[], showArea: boolean, lang: Lang): string[] =>
  showArea ? [...head.slice(0, -1), AREA_LABEL[lang], ...head.slice(-1)] : [...head];
