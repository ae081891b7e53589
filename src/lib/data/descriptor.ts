import { z } from "zod";
import { findNodeAtLocation, parseTree, type ParseError, printParseErrorCode } from "jsonc-parser";
import type { Issue } from "./issues.ts";
import { SEMVER_PATTERN } from "./semver.ts";

/** The value types a field may declare. */
export const FIELD_TYPES = ["integer", "number", "string", "date", "year", "yearmonth", "boolean"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** The statuses a row may carry: how much weight a figure can bear. */
export const ROW_STATUSES = ["official", "claim", "estimate", "missing"] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** The topics a dataset or article belongs to. */
export const TOPICS = ["enforcement", "staffing", "reporting-gaps", "methods"] as const;
export type Topic = (typeof TOPICS)[number];

const nameSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected lowercase letters, digits and single hyphens (kebab-case)");

/** Rules a field's values must satisfy. */
export const constraintsSchema = z
  .object({
    /** The cell may not be empty. */
    required: z.boolean().optional(),
    /** Smallest allowed value (numbers, years). */
    minimum: z.number().optional(),
    /** Largest allowed value (numbers, years). */
    maximum: z.number().optional(),
    /** The only allowed values. */
    enum: z.array(z.string()).min(1).optional(),
    /** A regular expression the whole value must match. */
    pattern: z.string().optional(),
  })
  .strict();

/** One column of a table: what it holds, in which unit, under which rules. */
export const fieldSchema = z
  .object({
    /** Column name as it appears in the CSV header (snake_case). */
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a snake_case column name"),
    /** Value type used to parse every cell. */
    type: z.enum(FIELD_TYPES),
    /** A sentence telling readers what the column holds. */
    description: z.string().min(10, "expected a sentence describing the column"),
    /** Human-readable title for table headers (defaults to the name). */
    title: z.string().optional(),
    /** Unit of measure for numeric columns, e.g. "people", "US dollars", "beds". */
    unit: z.string().optional(),
    /** Validation rules. */
    constraints: constraintsSchema.optional(),
  })
  .strict();

/** A Frictionless Table Schema. */
export const tableSchemaSchema = z
  .object({
    fields: z.array(fieldSchema).min(1),
    /** Columns whose values together identify one row. */
    primaryKey: z.union([z.string(), z.array(z.string()).min(1)]),
    /** References from this table's columns to another resource of the same package. */
    foreignKeys: z
      .array(
        z.object({
          fields: z.union([z.string(), z.array(z.string())]),
          reference: z.object({ resource: z.string(), fields: z.union([z.string(), z.array(z.string())]) }),
        }),
      )
      .optional(),
    missingValues: z.array(z.string()).optional(),
  })
  .strict();

/** One table (CSV file) of a dataset. */
export const resourceSchema = z
  .object({
    /** Identifier of the table inside the dataset (kebab-case); also its file name. */
    name: nameSchema,
    /** File name inside each version folder, e.g. `removals.csv`. */
    path: z.string().regex(/^[a-z0-9-]+\.csv$/, "expected `<resource-name>.csv`"),
    title: z.string().min(3),
    description: z.string().min(10),
    format: z.literal("csv").optional(),
    mediatype: z.literal("text/csv").optional(),
    encoding: z.literal("utf-8").optional(),
    schema: tableSchemaSchema,
  })
  .strict();

/** One file of a release, as recorded when it was released. */
export const releaseFileSchema = z.object({
  /** Exact size in bytes. */
  bytes: z.number().int().nonnegative(),
  /** sha256 of the file's bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex characters"),
});

/** A published, immutable version of the dataset. */
export const releaseSchema = z
  .object({
    /** Semantic version: patch = corrections, minor = rows added, major = columns or meaning changed. */
    version: z.string().regex(SEMVER_PATTERN, "expected a semantic version like 1.0.0"),
    /** Release date, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD"),
    /** Changelog entry: what changed and why (required for every release). */
    changes: z.string().min(5, "expected a changelog entry saying what changed and why"),
    /** Checksums and sizes per resource name. */
    files: z.record(z.string(), releaseFileSchema),
  })
  .strict();

/** A dataset's `datapackage.json`: Frictionless Data Package plus releases and caveats. */
export const descriptorSchema = z
  .object({
    /** Dataset identifier; must equal its folder name. */
    name: nameSchema,
    /** Title that says what is counted, by whom. */
    title: z.string().min(5),
    /** A paragraph: what the data counts, who counted it, which period. */
    description: z.string().min(20),
    /** Which of the site's topics this dataset serves. */
    topic: z.enum(TOPICS),
    keywords: z.array(z.string()).optional(),
    licenses: z.array(z.object({ name: z.string(), title: z.string().optional(), path: z.string().optional() })).min(1),
    contributors: z.array(z.object({ title: z.string(), role: z.string().optional() })).optional(),
    /** One-sentence caveats a reader needs before using the data. */
    caveats: z.array(z.string()).optional(),
    /** Source ids (optional): normally derived from the rows' `source_id`. */
    sources: z.array(z.unknown()).optional(),
    resources: z.array(resourceSchema).min(1),
    /** Every release ever made, oldest first. */
    releases: z.array(releaseSchema).min(1),
  })
  .strict();

export type Constraints = z.infer<typeof constraintsSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type TableSchema = z.infer<typeof tableSchemaSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Release = z.infer<typeof releaseSchema>;
export type Descriptor = z.infer<typeof descriptorSchema>;

/** Position (1-based line and column) of an offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses a JSON file and validates it against a Zod schema, reporting each problem at its line and column. */
export function parseJsonWithSchema<T>(text: string, file: string, schema: z.ZodType<T>): { value: T | null; issues: Issue[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    return {
      value: null,
      issues: errors.map((error) => ({ file, ...positionOf(text, error.offset), message: `invalid JSON: ${printParseErrorCode(error.error)}` })),
    };
  }
  const data: unknown = JSON.parse(text);
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, issues: [] };
  const issues = result.error.issues.map((problem) => {
    const path = problem.path.filter((key): key is string | number => typeof key !== "symbol");
    let node = findNodeAtLocation(tree, path);
    // A missing key has no node: point at its parent object instead.
    for (let depth = path.length - 1; !node && depth >= 0; depth--) node = findNodeAtLocation(tree, path.slice(0, depth));
    const where = positionOf(text, node?.offset ?? 0);
    const label = path.length ? path.join(".") : "(root)";
    return { file, ...where, message: `${label}: ${problem.message}` };
  });
  return { value: null, issues };
}
