import { FIELD_TYPES, ROW_STATUSES, type Field, type FieldType } from "../data/descriptor.ts";
import { PLACEHOLDER } from "../check/release-rules.ts";
import { ScaffoldError } from "./args.ts";

/** Descriptions for columns that mean the same thing in every dataset, so contributors need not write them. */
const KNOWN_FIELDS: Record<string, Omit<Field, "name" | "type"> & { type?: FieldType }> = {
  fiscal_year: { type: "year", description: "Federal fiscal year (October 1 of the prior year to September 30), stored as the year it ends in (FY2024 = 2024).", constraints: { required: true } },
  calendar_year: { type: "year", description: "Calendar year (January to December).", constraints: { required: true } },
  month: { type: "yearmonth", description: "Calendar month the figure covers, YYYY-MM.", constraints: { required: true } },
  as_of: { type: "date", description: "Date the figure runs to, for periods not yet complete (YYYY-MM-DD)." },
  status: {
    type: "string",
    description: "official (the agency's own statistic), claim (stated by an official with no published data behind it), estimate (independent analysis) or missing (no figure published).",
    constraints: { required: true, enum: [...ROW_STATUSES] },
  },
  source_id: { type: "string", description: "Key into data/sources/: the document the figure was read from." },
  source_locator: { type: "string", description: "Where in the source the figure is: file, sheet and cell, or page and table." },
  note: { type: "string", description: "Caveats for this row; for a missing row, why no figure is published." },
};

/** Columns every table gets, after the contributor's own: provenance travels with each row. */
export const PROVENANCE_FIELDS = ["status", "source_id", "source_locator", "note"] as const;

/**
 * Parses `--fields "fiscal_year:year,removals:integer:people"` (name:type[:unit]) into schema fields, adds the
 * provenance columns, and fills descriptions: known columns get the house wording, others a placeholder (or the
 * text given with `--describe name=text`).
 */
export function parseFieldSpec(spec: string, descriptions: ReadonlyMap<string, string> = new Map()): Field[] {
  const fields: Field[] = [];
  const parts = spec.split(",").map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) throw new ScaffoldError(`--fields is empty; expected e.g. --fields "fiscal_year:year,removals:integer:people"`);
  for (const part of parts) {
    const [name, type, ...unitParts] = part.split(":").map((piece) => piece.trim());
    const unit = unitParts.join(":");
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new ScaffoldError(`field "${name}" in --fields is not a snake_case column name; expected e.g. fiscal_year`);
    if (fields.some((field) => field.name === name)) throw new ScaffoldError(`field "${name}" appears twice in --fields`);
    const known = KNOWN_FIELDS[name];
    const chosenType = (type || known?.type) as FieldType | undefined;
    if (!chosenType || !(FIELD_TYPES as readonly string[]).includes(chosenType)) {
      throw new ScaffoldError(`field "${part}" has type "${type ?? ""}"; expected name:type[:unit] with a type among ${FIELD_TYPES.join(", ")}`);
    }
    if ((chosenType === "integer" || chosenType === "number") && !unit) {
      throw new ScaffoldError(`numeric field "${name}" needs a unit; write ${name}:${chosenType}:people (or beds, US dollars, …)`);
    }
    const description = descriptions.get(name) ?? known?.description ?? `${PLACEHOLDER} say what ${name} holds: what is counted, by whom, over which period.`;
    const field: Field = { name, type: chosenType, description };
    if (unit) field.unit = unit;
    if (known?.constraints && known.type === chosenType) field.constraints = { ...known.constraints };
    fields.push(field);
  }
  for (const name of PROVENANCE_FIELDS) {
    if (fields.some((field) => field.name === name)) continue;
    const known = KNOWN_FIELDS[name];
    fields.push({ name, type: known.type!, description: descriptions.get(name) ?? known.description, ...(known.constraints ? { constraints: { ...known.constraints } } : {}) });
  }
  for (const name of descriptions.keys()) {
    if (!fields.some((field) => field.name === name)) throw new ScaffoldError(`--describe names "${name}", which is not in --fields`);
  }
  return fields;
}

/** Parses repeated `--describe name=text` flags. */
export function parseDescriptions(values: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values) {
    const index = value.indexOf("=");
    if (index < 1) throw new ScaffoldError(`--describe "${value}" should read name=description, e.g. --describe "removals=Removals carried out by ICE."`);
    const text = value.slice(index + 1).trim();
    if (text.length < 10) throw new ScaffoldError(`--describe for "${value.slice(0, index)}" is too short; write a sentence of at least 10 characters`);
    map.set(value.slice(0, index).trim(), text);
  }
  return map;
}
