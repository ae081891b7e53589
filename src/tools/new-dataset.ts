// `npm run new:dataset -- --name NAME --title "…" --topic TOPIC --resource NAME --fields "col:type[:unit],…"`
// Creates data/NAME/datapackage.json and data/NAME/1.0.0/RESOURCE.csv (header only). See CONTRIBUTING.md.
import { createDataset } from "../lib/scaffold/dataset.ts";
import { parseDescriptions } from "../lib/scaffold/fields.ts";
import { formatResult, parseFlags, requireString, runTool, today } from "../lib/scaffold/args.ts";

const usage = `npm run new:dataset -- --name ice-removals --title "ICE removals by fiscal year" --topic enforcement --resource removals --fields "fiscal_year:year,removals:integer:people" [--key fiscal_year,source_id] [--description "…"] [--describe "removals=…"] [--keywords a,b] [--date YYYY-MM-DD]`;

runTool(() => {
  const flags = parseFlags(process.argv.slice(2), {
    name: { type: "string" }, title: { type: "string" }, topic: { type: "string" }, resource: { type: "string" }, fields: { type: "string" },
    key: { type: "string" }, description: { type: "string" }, "resource-title": { type: "string" }, "resource-description": { type: "string" },
    describe: { type: "string", multiple: true }, keywords: { type: "string" }, date: { type: "string" },
  }, usage);
  const list = (value: unknown) => (typeof value === "string" ? value.split(",").map((item) => item.trim()).filter(Boolean) : undefined);
  return createDataset(process.cwd(), {
    name: requireString(flags, "name", usage),
    title: requireString(flags, "title", usage),
    topic: requireString(flags, "topic", usage),
    resource: requireString(flags, "resource", usage),
    fields: requireString(flags, "fields", usage),
    key: list(flags.key),
    description: flags.description as string | undefined,
    resourceTitle: flags["resource-title"] as string | undefined,
    resourceDescription: flags["resource-description"] as string | undefined,
    keywords: list(flags.keywords),
    descriptions: parseDescriptions((flags.describe as string[] | undefined) ?? []),
    date: (flags.date as string | undefined) ?? today(),
  });
}, formatResult);
