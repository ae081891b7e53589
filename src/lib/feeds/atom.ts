/** Atom 1.0 (RFC 4287) feeds, written as text so the output is byte-for-byte reproducible. */

/** One feed entry. Dates are YYYY-MM-DD (taken from data and front matter, never from the clock). */
export interface AtomEntry {
  /** Permanent, absolute URL used as the entry's id and link. */
  url: string;
  title: string;
  /** YYYY-MM-DD of first publication. */
  published: string;
  /** YYYY-MM-DD of the last change (defaults to published). */
  updated?: string;
  /** Plain-text summary. */
  summary: string;
  authors?: string[];
  categories?: string[];
}

export interface AtomFeed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself (rel="self"). */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed mirrors (rel="alternate"). */
  siteUrl: string;
  /** Feed-level author, used when an entry names none. */
  author: string;
  /** YYYY-MM-DD used as `updated` when there are no entries (e.g. the commit date). */
  fallbackUpdated: string;
  entries: AtomEntry[];
}

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** An Atom date-time for a calendar date: midnight UTC, so it does not depend on the build machine's time zone. */
export function atomDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Atom feed: date "${date}" is not YYYY-MM-DD`);
  return `${date}T00:00:00Z`;
}

function requireAbsolute(url: string, what: string): string {
  if (!/^https?:\/\/[^/]+/.test(url)) throw new Error(`Atom feed: ${what} "${url}" is not an absolute http(s) URL`);
  return url;
}

/** Renders the feed; `updated` is the latest entry date, so an unchanged site yields an identical file. */
export function renderAtom(feed: AtomFeed): string {
  const dates = feed.entries.map((entry) => entry.updated ?? entry.published);
  const updated = dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : feed.fallbackUpdated;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(requireAbsolute(feed.selfUrl, "feed URL"))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(requireAbsolute(feed.siteUrl, "site URL"))}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const entry of feed.entries) {
    const url = escapeXml(requireAbsolute(entry.url, `entry "${entry.title}" URL`));
    lines.push(
      `  <entry>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <id>${url}</id>`,
      `    <link rel="alternate" type="text/html" href="${url}"/>`,
      `    <published>${atomDate(entry.published)}</published>`,
      `    <updated>${atomDate(entry.updated ?? entry.published)}</updated>`,
      ...(entry.authors ?? []).map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return lines.join("\n");
}
