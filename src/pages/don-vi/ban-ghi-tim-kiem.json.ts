import { searchRecordsJson } from '../../lib/views/site';

/** The search records; scripts/search-index.ts gives them to Pagefind and removes this file from the site. */
export const GET = async () =>
  new Response(await searchRecordsJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
