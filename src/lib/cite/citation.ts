/** Citations in three forms: plain text (APA-like), BibTeX and CSL-JSON. */

export interface CitationInput {
  kind: "article" | "dataset" | "chart";
  /** Stable identifier used for the BibTeX key (e.g. "ice-removals"). */
  id: string;
  title: string;
  authors: string[];
  /** Issued date, YYYY-MM-DD. */
  issued: string;
  url: string;
  /** Dataset version, for data. */
  version?: string;
  /** Date the reader accessed it (the build date stands in). */
  accessed: string;
  /** Original producers credited first for data, e.g. "U.S. Immigration and Customs Enforcement". */
  producers?: string[];
}

export interface Citation {
  text: string;
  bibtex: string;
  csl: Record<string, unknown>;
  url: string;
  title: string;
}

const PUBLISHER = "Enforcement Ledger";

function escapeBibtex(text: string): string {
  return text.replace(/[{}\\]/g, "").replace(/([&%$#_])/g, "\\$1");
}

/** Builds the three citation forms for a page or dataset. */
export function buildCitation(input: CitationInput): Citation {
  const year = input.issued.slice(0, 4);
  const authors = input.authors.join(", ");
  const versionText = input.version ? ` (Version ${input.version})` : "";
  const kindText = input.kind === "dataset" ? " [Data set]" : input.kind === "chart" ? " [Chart]" : "";
  const producers = input.producers && input.producers.length > 0 ? ` Original data: ${input.producers.join("; ")}.` : "";
  const text = `${authors}. (${year}). ${input.title}${versionText}${kindText}. ${PUBLISHER}. ${input.url}${producers} Accessed ${input.accessed}.`;
  const key = `enforcementledger_${input.id.replace(/[^a-z0-9]+/gi, "_")}${input.version ? `_v${input.version.replace(/\./g, "_")}` : ""}`;
  const type = input.kind === "dataset" ? "@misc" : input.kind === "chart" ? "@misc" : "@online";
  const fields = [
    `  author = {${input.authors.map((author) => `{${escapeBibtex(author)}}`).join(" and ")}}`,
    `  title = {${escapeBibtex(input.title)}}`,
    `  year = {${year}}`,
    `  date = {${input.issued}}`,
    `  publisher = {${PUBLISHER}}`,
    input.version ? `  version = {${input.version}}` : null,
    `  url = {${input.url}}`,
    `  urldate = {${input.accessed}}`,
    producers ? `  note = {${escapeBibtex(producers.trim())}}` : null,
  ].filter(Boolean);
  const bibtex = `${type}{${key},\n${fields.join(",\n")}\n}`;
  const [y, m, d] = input.issued.split("-").map(Number);
  const [ay, am, ad] = input.accessed.split("-").map(Number);
  const csl: Record<string, unknown> = {
    id: key,
    type: input.kind === "dataset" ? "dataset" : input.kind === "chart" ? "graphic" : "article",
    title: input.title,
    author: input.authors.map((author) => ({ literal: author })),
    issued: { "date-parts": [[y, m, d]] },
    accessed: { "date-parts": [[ay, am, ad]] },
    publisher: PUBLISHER,
    URL: input.url,
    ...(input.version ? { version: input.version } : {}),
    ...(producers ? { note: producers.trim() } : {}),
  };
  return { text, bibtex, csl, url: input.url, title: input.title };
}
