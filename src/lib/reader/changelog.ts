/** One line of the corrections and changelog page. */
export interface ChangelogEntry {
  /** YYYY-MM-DD. */
  date: string;
  kind: "correction" | "release";
  /** What changed: the page title or "Dataset title, version x". */
  subject: string;
  /** The correction text or the release's changelog entry. */
  text: string;
  /** Site-absolute path of what changed (`/articles/x/#corrections`, `/data/x/#v1.1.0`). */
  path: string;
}

/** A correction from a page's front matter. */
export interface PageCorrection {
  date: string;
  text: string;
  pageTitle: string;
  /** Site-absolute path of the corrected page. */
  pagePath: string;
}

/** A dataset release (as `dataReleases` gives it). */
export interface DataRelease {
  dataset: string;
  title: string;
  version: string;
  date: string;
  changes: string;
}

/** Merges page corrections and dataset releases into one list, newest first; same-day entries keep a stable order. */
export function buildChangelog(corrections: readonly PageCorrection[], releases: readonly DataRelease[]): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [
    ...corrections.map((correction) => ({ date: correction.date, kind: "correction" as const, subject: correction.pageTitle, text: correction.text, path: `${correction.pagePath}#corrections` })),
    ...releases.map((release) => ({ date: release.date, kind: "release" as const, subject: `${release.title}, version ${release.version}`, text: release.changes, path: `/data/${release.dataset}/#v${release.version}` })),
  ];
  // Corrections before releases on the same day: a correction is what a returning reader most needs to see.
  const rank = { correction: 0, release: 1 };
  return entries.sort((a, b) => b.date.localeCompare(a.date) || rank[a.kind] - rank[b.kind] || a.subject.localeCompare(b.subject, "en", { numeric: true }) || a.text.localeCompare(b.text));
}
