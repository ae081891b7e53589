import type { Row } from "../data/validate-table.ts";
import { diffCounts, type DataDiff, type DatasetChange, type TableChange, type VersionAdded } from "./compute.ts";

/** How many rows of each list a report shows before saying how many more there are. */
export const MAX_ROWS = 50;

/** A cell as a reviewer should read it: empty cells are named, text is shown as is. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  return String(value);
}

function showKey(key: Record<string, unknown> | Row, fields: readonly string[]): string {
  return fields.map((field) => `${field}=${showValue(key[field])}`).join(", ");
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** One-line summary of a diff's counts. */
export function summaryLine(diff: DataDiff): string {
  const c = diffCounts(diff);
  const parts = [
    c.datasetsAdded && `${plural(c.datasetsAdded, "dataset")} added`,
    c.datasetsRemoved && `${plural(c.datasetsRemoved, "dataset")} removed`,
    c.versionsReleased && `${plural(c.versionsReleased, "version")} released`,
    `${plural(c.rowsAdded, "row")} added, ${c.rowsRemoved} removed, ${c.rowsChanged} changed`,
    c.sourcesAdded && `${plural(c.sourcesAdded, "source")} added`,
    c.sourcesChanged && `${plural(c.sourcesChanged, "source")} changed`,
    c.sourcesRemoved && `${plural(c.sourcesRemoved, "source")} removed`,
    c.releasedEdited && `${plural(c.releasedEdited, "released version")} edited in place (not allowed)`,
  ].filter(Boolean);
  return diff.datasets.length === 0 && diff.sources.length === 0 ? "no changes to data" : parts.join("; ");
}

function versionHeading(version: VersionAdded): string {
  const kind = version.bump === "first" ? "first version" : version.bump;
  return `${version.version} (${kind}${version.date ? `, ${version.date}` : ""})${version.previous ? ` compared with ${version.previous}` : ""}`;
}

function tableCounts(table: TableChange): string {
  return `${table.rows} rows: ${table.added.length} added, ${table.removed.length} removed, ${table.changed.length} changed${table.columnsAdded.length ? `; columns added: ${table.columnsAdded.join(", ")}` : ""}${table.columnsRemoved.length ? `; columns removed: ${table.columnsRemoved.join(", ")}` : ""}`;
}

// ---------------------------------------------------------------- plain text

function textTable(table: TableChange, lines: string[], indent: string): void {
  lines.push(`${indent}${table.resource}: ${tableCounts(table)}`);
  const more = (count: number) => count > MAX_ROWS && lines.push(`${indent}    … and ${count - MAX_ROWS} more`);
  for (const change of table.changed.slice(0, MAX_ROWS)) {
    lines.push(`${indent}  ~ ${showKey(change.key, table.key)}: ${change.changes.map((cell) => `${cell.column} ${showValue(cell.before)} → ${showValue(cell.after)}`).join("; ")}`);
  }
  more(table.changed.length);
  for (const row of table.added.slice(0, MAX_ROWS)) lines.push(`${indent}  + ${showKey(row, Object.keys(row))}`);
  more(table.added.length);
  for (const row of table.removed.slice(0, MAX_ROWS)) lines.push(`${indent}  - ${showKey(row, Object.keys(row))}`);
  more(table.removed.length);
}

function textDataset(dataset: DatasetChange, lines: string[]): void {
  const label = dataset.status === "added" ? "new dataset" : dataset.status === "removed" ? "REMOVED dataset" : "dataset";
  lines.push(`${label} ${dataset.name}: ${dataset.title}`);
  for (const version of dataset.versionsAdded) {
    lines.push(`  version ${versionHeading(version)}`);
    lines.push(`    changelog: ${version.changes ?? "(no release entry)"}`);
    for (const table of version.tables) textTable(table, lines, "    ");
  }
  for (const version of dataset.versionsEdited) {
    lines.push(`  RELEASED version ${version.version} was edited in place (released files never change; publish a new version):`);
    for (const table of version.tables) textTable(table, lines, "    ");
  }
  if (dataset.status !== "removed" && dataset.versionsRemoved.length) lines.push(`  versions removed: ${dataset.versionsRemoved.join(", ")}`);
  if (dataset.metadataChanged.length) lines.push(`  descriptor fields changed: ${dataset.metadataChanged.join(", ")}`);
}

/** The diff as plain text, for a terminal or a log. */
export function formatText(diff: DataDiff): string {
  const lines = [`Data changes in ${diff.head} compared with ${diff.base}: ${summaryLine(diff)}.`];
  for (const dataset of diff.datasets) {
    lines.push("");
    textDataset(dataset, lines);
  }
  if (diff.sources.length) {
    lines.push("", "sources registry:");
    for (const source of diff.sources) {
      const sign = source.status === "added" ? "+" : source.status === "removed" ? "-" : "~";
      const detail = source.status === "changed" ? source.fields.map((field) => `${field.column} ${showValue(field.before)} → ${showValue(field.after)}`).join("; ") : `${source.source.publisher}, "${source.source.title}", ${source.source.url}`;
      lines.push(`  ${sign} ${source.id}: ${detail}`);
    }
  }
  for (const path of diff.unreadable) lines.push("", `could not read ${path}; run npm run check`);
  return lines.join("\n");
}

// ---------------------------------------------------------------- Markdown

/** Escapes text for a Markdown table cell. */
export function cell(value: unknown): string {
  return showValue(value).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}

function markdownRows(title: string, rows: Row[], lines: string[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  lines.push("", `<details><summary>${title} (${rows.length})</summary>`, "", `| ${columns.join(" | ")} |`, `|${columns.map(() => "---").join("|")}|`);
  for (const row of rows.slice(0, MAX_ROWS)) lines.push(`| ${columns.map((column) => cell(row[column])).join(" | ")} |`);
  if (rows.length > MAX_ROWS) lines.push("", `… and ${rows.length - MAX_ROWS} more.`);
  lines.push("", "</details>");
}

function markdownTable(table: TableChange, lines: string[]): void {
  lines.push(`- \`${table.resource}\`: ${tableCounts(table)}`);
  if (table.changed.length) {
    lines.push("", "  | row | column | old value | new value |", "  |---|---|---|---|");
    for (const change of table.changed.slice(0, MAX_ROWS)) {
      for (const edit of change.changes) lines.push(`  | ${cell(showKey(change.key, table.key))} | ${edit.column} | ${cell(edit.before)} | ${cell(edit.after)} |`);
    }
    if (table.changed.length > MAX_ROWS) lines.push("", `  … and ${table.changed.length - MAX_ROWS} more changed rows.`);
  }
  markdownRows(`Rows added to <code>${table.resource}</code>`, table.added, lines);
  markdownRows(`Rows removed from <code>${table.resource}</code>`, table.removed, lines);
  lines.push("");
}

/** The diff as Markdown, for a pull-request comment or a GitHub job summary. */
export function formatMarkdown(diff: DataDiff): string {
  const lines = [`## Data changes`, "", `Compared with \`${diff.base}\`: **${summaryLine(diff)}**.`];
  for (const dataset of diff.datasets) {
    const label = dataset.status === "added" ? "New dataset" : dataset.status === "removed" ? "Removed dataset" : "Dataset";
    lines.push("", `### ${label} \`${dataset.name}\`: ${cell(dataset.title)}`, "");
    if (dataset.status === "removed") lines.push(`⚠️ Released versions ${dataset.versionsRemoved.join(", ")} were deleted; released data is never removed.`);
    for (const version of dataset.versionsAdded) {
      lines.push(`#### Version ${versionHeading(version)}`, "", `> ${cell(version.changes ?? "(no release entry: no changelog)")}`, "");
      for (const table of version.tables) markdownTable(table, lines);
    }
    for (const version of dataset.versionsEdited) {
      lines.push(`#### ⚠️ Released version ${version.version} edited in place`, "", "Released files never change; publish a new version instead.", "");
      for (const table of version.tables) markdownTable(table, lines);
    }
    if (dataset.status !== "removed" && dataset.versionsRemoved.length) lines.push(`⚠️ Versions removed: ${dataset.versionsRemoved.join(", ")}.`, "");
    if (dataset.metadataChanged.length) lines.push(`Descriptor fields changed: ${dataset.metadataChanged.map((field) => `\`${field}\``).join(", ")}.`, "");
  }
  if (diff.sources.length) {
    lines.push("", "### Sources registry", "", "| | id | publisher | title | change |", "|---|---|---|---|---|");
    for (const source of diff.sources) {
      const sign = source.status === "added" ? "added" : source.status === "removed" ? "removed" : "changed";
      const detail = source.status === "changed" ? source.fields.map((field) => `${field.column}: ${showValue(field.before)} → ${showValue(field.after)}`).join("; ") : source.source.url;
      lines.push(`| ${sign} | \`${source.id}\` | ${cell(source.source.publisher)} | ${cell(source.source.title)} | ${cell(detail)} |`);
    }
  }
  for (const path of diff.unreadable) lines.push("", `⚠️ Could not read \`${path}\`; see the check's errors.`);
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
