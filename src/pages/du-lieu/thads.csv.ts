import type { APIRoute } from 'astro';
import { allDownloadRows, csvChunks, streamOf } from '../../lib/downloads';
import { csvResponse } from '../../lib/routes';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const rows = allDownloadRows(await getSiteData());
  return csvResponse(streamOf(csvChunks(rows)));
};
