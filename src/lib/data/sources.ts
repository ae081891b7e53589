import type { Issue } from "./issues.ts";
import { parseCsv } from "./parse-csv.ts";
import { parseValue } from "./parse-value.ts";

/** Where a source sits on the ladder of evidence (see data/README.md). */
export const SOURCE_TIERS = ["agency", "analysis", "reporting", "statement"] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** One document in the sources registry. */
export interface Source {
  id: string;
  publisher: string;
  title: string;
  url: string;
  published: string | null;
  accessed: string;
  tier: SourceTier;
  sha256: string | null;
  note: string | null;
  /** Registry file and line the source is defined on. */
  file: string;
  line: number;
}

/** The registry's columns, in order. */
export const SOURCE_COLUMNS = ["id", "publisher", "title", "url", "published", "accessed", "tier", "sha256", "note"] as const;

/** Hosts that are never acceptable as a source: AI summaries, mirrors, share widgets and aggregators. */
export const REJECTED_SOURCE_HOSTS = [
  "factually.co", "netlify.app", "zoppoz", "tumblr.com", "pdfroom.com", "oikosix", "whatfinger", "deepnewz",
  "pulsewire.news", "briefly.co", "particle.news", "newsbeep", "zerohedge",
];

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Parses one registry file, checking every row; ids already seen in other files are passed in to catch duplicates. */
export function parseSourcesFile(text: string, file: string, seen: Map<string, string>): { sources: Source[]; issues: Issue[] } {
  const parsed = parseCsv(text, file);
  const issues = [...parsed.issues];
  const sources: Source[] = [];
  const header = parsed.header;
  if (!header || header.fields.join(",") !== SOURCE_COLUMNS.join(",")) {
    issues.push({ file, line: 1, column: 1, message: `header is "${header?.fields.join(",") ?? ""}"; expected ${SOURCE_COLUMNS.join(",")}` });
    return { sources, issues };
  }
  for (const record of parsed.records) {
    const at = (index: number) => ({ file, line: record.line, column: record.columns[index] ?? 1 });
    if (record.fields.length !== SOURCE_COLUMNS.length) {
      issues.push({ ...at(0), message: `row has ${record.fields.length} fields; expected ${SOURCE_COLUMNS.length} (${SOURCE_COLUMNS.join(",")})` });
      continue;
    }
    const [id, publisher, title, url, published, accessed, tier, sha256, note] = record.fields;
    const before = issues.length;
    if (!ID.test(id)) issues.push({ ...at(0), message: `id "${id}" is not kebab-case; expected lowercase letters, digits and hyphens` });
    const previous = seen.get(id);
    if (previous) issues.push({ ...at(0), message: `source id "${id}" is already defined at ${previous}; ids must be unique across data/sources/` });
    if (!publisher) issues.push({ ...at(1), message: `column "publisher" is empty; expected who published the source` });
    if (!title) issues.push({ ...at(2), message: `column "title" is empty; expected the document's own title` });
    if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) issues.push({ ...at(3), message: `column "url": found "${url}"; expected the original http(s) URL` });
    const rejected = REJECTED_SOURCE_HOSTS.find((host) => url.toLowerCase().includes(host));
    if (rejected) issues.push({ ...at(3), message: `column "url": "${url}" is an unacceptable source (${rejected}: AI summary, mirror, widget or aggregator); cite the original publisher` });
    if (published && !PARTIAL_DATE.test(published)) issues.push({ ...at(4), message: `column "published": found "${published}"; expected YYYY-MM-DD, YYYY-MM or YYYY` });
    const accessedDate = parseValue("date", accessed);
    if (!accessed || !accessedDate.ok) issues.push({ ...at(5), message: `column "accessed": found "${accessed}"; expected the date we read it, YYYY-MM-DD` });
    if (!(SOURCE_TIERS as readonly string[]).includes(tier)) issues.push({ ...at(6), message: `column "tier": found "${tier}"; expected one of ${SOURCE_TIERS.join(", ")}` });
    if (sha256 && !/^[0-9a-f]{64}$/.test(sha256)) issues.push({ ...at(7), message: `column "sha256": found "${sha256}"; expected 64 lowercase hex characters or an empty cell` });
    if (issues.length === before || ID.test(id)) {
      if (!previous) seen.set(id, `${file}:${record.line}`);
      sources.push({ id, publisher, title, url, published: published || null, accessed, tier: tier as SourceTier, sha256: sha256 || null, note: note || null, file, line: record.line });
    }
  }
  return { sources, issues };
}

/** Orders publishers for a credit line: the original agency first, then analysts, outlets and statements. */
export function creditOrder(sources: readonly Source[]): Source[] {
  const rank = (tier: SourceTier) => SOURCE_TIERS.indexOf(tier);
  return [...sources].sort((a, b) => rank(a.tier) - rank(b.tier) || a.publisher.localeCompare(b.publisher));
}
