import type { APIRoute } from 'astro';
import { siteDataPackage } from '../../lib/datapackage';
import { getSiteData } from '../../lib/site-data';

/** The Data Package (v2) describing the downloads of /du-lieu/. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(siteDataPackage(await getSiteData()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
