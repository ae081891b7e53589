// `npm run new:article -- --slug SLUG --title "…" --topic TOPIC [--notebook]`
// Creates content/articles/SLUG.mdx (and content/notebooks/SLUG-notebook.mdx) as drafts. See CONTRIBUTING.md.
import { createArticle } from "../lib/scaffold/article.ts";
import { formatResult, parseFlags, requireString, runTool, today } from "../lib/scaffold/args.ts";

const usage = `npm run new:article -- --slug ice-removals-explained --title "…" --topic enforcement|staffing|reporting-gaps|methods [--notebook] [--dek "…"] [--datasets a,b] [--authors "A,B"] [--date YYYY-MM-DD]`;

runTool(() => {
  const flags = parseFlags(process.argv.slice(2), { slug: { type: "string" }, title: { type: "string" }, topic: { type: "string" }, notebook: { type: "boolean" }, dek: { type: "string" }, datasets: { type: "string" }, authors: { type: "string" }, date: { type: "string" } }, usage);
  const list = (value: unknown) => (typeof value === "string" ? value.split(",").map((item) => item.trim()).filter(Boolean) : undefined);
  return createArticle(process.cwd(), {
    slug: requireString(flags, "slug", usage),
    title: requireString(flags, "title", usage),
    topic: requireString(flags, "topic", usage),
    notebook: flags.notebook === true,
    dek: flags.dek as string | undefined,
    datasets: list(flags.datasets),
    authors: list(flags.authors),
    date: (flags.date as string | undefined) ?? today(),
  });
}, formatResult);
