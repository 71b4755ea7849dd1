/**
 * JSON-LD for a `<script type="application/ld+json">` element. The content
 * of a script element is raw text: "</script>" in a unit name would end it
 * and let the rest run as markup, and U+2028/U+2029 break older JavaScript
 * parsers. Escaping <, >, & and those two characters as \uXXXX keeps the
 * JSON equal to the input once parsed, with nothing left for HTML to read.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('serializeJsonLd: the value has no JSON form');
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface DatasetLdInput {
  title: string;
  description?: string | undefined;
  publisher: string;
  licence: string;
  licence_url?: string | undefined;
  updated: string;
  /** Absolute address of the page that describes the dataset; undefined when the site's address is unknown. */
  url?: string | undefined;
  /** Absolute addresses of the downloads, with their media types; left out when unknown. */
  downloads: { url: string | undefined; type: string }[];
  /** The language `title` and `description` are written in; Vietnamese, as the dataset's own metadata, unless said. */
  inLanguage?: string;
  /** The dataset's own title when `title` is a translation of it. */
  alternateName?: string;
  keywords?: readonly string[];
}

/** schema.org Dataset of the download page, which search engines list for people looking for the data. */
export function datasetLd(d: DatasetLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.title,
    ...(d.alternateName ? { alternateName: d.alternateName } : {}),
    ...(d.description ? { description: d.description } : {}),
    ...(d.keywords ? { keywords: d.keywords } : {}),
    ...(d.url ? { url: d.url } : {}),
    inLanguage: d.inLanguage ?? 'vi',
    dateModified: d.updated,
    creator: { '@type': 'Organization', name: d.publisher },
    license: d.licence_url ?? d.licence,
    // Without the site's address (SITE_URL unset) no absolute address is invented: the downloads are left out.
    distribution: d.downloads
      .filter((x) => x.url !== undefined)
      .map((x) => ({ '@type': 'DataDownload', encodingFormat: x.type, contentUrl: x.url })),
  };
}
