import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/site-data';
import { allDownloadRows, toCsv } from '../../lib/downloads';
import { csvResponse } from '../../lib/routes';

export const GET: APIRoute = async () => {
  const rows = allDownloadRows(await getSiteData());
  return csvResponse(toCsv(rows));
};
