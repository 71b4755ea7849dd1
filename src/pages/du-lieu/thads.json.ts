import type { APIRoute } from 'astro';
import { allDownloadRows, jsonChunks, streamOf } from '../../lib/downloads';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  return new Response(streamOf(jsonChunks(data, allDownloadRows(data))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
