import type { APIRoute } from 'astro';
import { allDownloadRows, csvChunks, streamOf } from '../../lib/downloads';
import { csvResponse } from '../../lib/routes';
import { getSiteData } from '../../lib/site-data';

/** The same rows as thads.csv, for Excel on Vietnamese Windows: ";" between cells, decimal comma. */
export const GET: APIRoute = async () => {
  const rows = allDownloadRows(await getSiteData());
  return csvResponse(streamOf(csvChunks(rows, ';')));
};
