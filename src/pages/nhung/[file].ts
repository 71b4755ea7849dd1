import type { GetStaticPaths } from 'astro';
import { embedStylesheet } from '../../lib/share-urls';
import css from '../../styles/global.css?inline';

// The one stylesheet every embed page links (lib/share-urls.ts), in both languages.
export const getStaticPaths = (() => [{ params: { file: embedStylesheet(css).file } }]) satisfies GetStaticPaths;

export const GET = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
