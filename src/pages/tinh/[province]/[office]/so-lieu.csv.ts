import type { APIRoute, GetStaticPaths } from 'astro';
import { officePaths, unitCsv } from '../../../../lib/routes';
import type { Unit } from '../../../../lib/units';

export const getStaticPaths = officePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => unitCsv((props as { unit: Unit }).unit);
