/**
 * `public/_headers` as a static host applies it (Cloudflare Pages'
 * documented rules): a request gets the headers of every rule whose path
 * pattern it matches, in file order; a header set twice is joined with ", ";
 * a line "! Name" detaches a header that an earlier rule attached. A pattern's
 * "*" matches anything, ":name" one path segment.
 */
export interface HeaderRule {
  pattern: RegExp;
  lines: ({ name: string; value: string } | { detach: string })[];
}

const patternOf = (path: string): RegExp =>
  new RegExp(
    `^${path
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('')}$`,
  );

/** The rules of a `_headers` file. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: patternOf(raw.trim()), lines: [] });
      continue;
    }
    const rule = rules[rules.length - 1];
    if (!rule) throw new Error(`_headers: a header line before any path: "${raw}"`);
    const line = raw.trim();
    const detach = /^!\s*(\S+)$/.exec(line);
    const header = /^([\w-]+):\s*(.*)$/.exec(line);
    if (detach) rule.lines.push({ detach: detach[1]!.toLowerCase() });
    else if (header) rule.lines.push({ name: header[1]!.toLowerCase(), value: header[2]! });
    else throw new Error(`_headers: unreadable line "${raw}"`);
  }
  return rules;
}

/** The headers the rules give a request for `pathname`, names in lower case. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const line of rule.lines) {
      if ('detach' in line) delete out[line.detach];
      else out[line.name] = out[line.name] === undefined ? line.value : `${out[line.name]}, ${line.value}`;
    }
  }
  return out;
}
