import type { APIRoute } from 'astro';
import { allDownloadRows, toJson } from '../../lib/downloads';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  return new Response(toJson(data, allDownloadRows(data)), { headers: { 'Content-Type': 'application/json' } });
};
