/**
 * The area (Địa bàn) an office serves, as readers see it beside the office's
 * name: whole in headings, tables and tooltips, shortened where space is
 * tight (chart labels). The Vietnamese wording is kept here.
 */
import type { Unit } from '../domain/types';

/** "Địa bàn" */
export const AREA_LABEL = 'Địa bàn';

/** "Địa bàn: quận Ba Đình, quận Hoàn Kiếm", or null when the unit has no area. */
export const areaLine = (u: Pick<Unit, 'area'>): string | null => (u.area ? `${AREA_LABEL}: ${u.area}` : null);

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

/** A chart label with the short area: "Khu vực 1 – quận Ba Đình, …"; the label alone without an area. */
export const withShortArea = (label: string, u: Pick<Unit, 'area'>): string =>
  u.area ? `${label} – ${shortArea(u.area)}` : label;

/** A name with its whole area, for a tooltip or a title: "Phòng THADS khu vực 1 (Địa bàn: …)". */
export const withArea = (name: string, u: Pick<Unit, 'area'>): string =>
  u.area ? `${name} (${AREA_LABEL}: ${u.area})` : name;
