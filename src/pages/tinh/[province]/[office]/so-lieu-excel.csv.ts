import type { APIRoute, GetStaticPaths } from 'astro';
import { officePaths, unitCsv } from '../../../../lib/routes';
import type { Unit } from '../../../../lib/units';

export const getStaticPaths = officePaths satisfies GetStaticPaths;

/** The unit's rows for Excel on Vietnamese Windows: ";" between cells, decimal comma (as thads-excel.csv). */
export const GET: APIRoute = ({ props }) => unitCsv((props as { unit: Unit }).unit, ';');
