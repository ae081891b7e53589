// Glossary: the page has one entry per term of the definitions dataset; every glossary link in a built page
// resolves to an entry; each <Term> in an article links once (its first use); and the check used by
// `npm run check` reports unknown slugs with file, line and column.
import { describe, expect, it } from "vitest";
import { checkGlossaryLinks } from "../../src/lib/check/glossary-links.ts";
import { scanComponents } from "../../src/lib/content/mdx-scan.ts";
import { content, glossary, link, page, pages, text } from "./helpers.ts";

const glossaryPage = page("/glossary/");
const entryIds = new Set([...glossaryPage.querySelectorAll("section.glossary-entry[id]")].map((section) => section.id));
const slugs = new Set(glossary.map((term) => term.slug));

describe("glossary page", () => {
  it("has one entry per term, with its id, term and definition", () => {
    expect([...entryIds].sort()).toEqual([...slugs].sort());
    for (const term of glossary) {
      const section = glossaryPage.getElementById(term.slug)!;
      expect(text(section.querySelector("h2"))).toBe(term.term);
      if (term.definition) expect(text(section)).toContain(term.definition.replace(/\s+/g, " "));
      for (const usage of term.usages) expect(text(section)).toContain(usage.text.replace(/\s+/g, " "));
    }
  });

  it("links each term's sources to the sources page", () => {
    const sourceIds = new Set([...page("/sources/").querySelectorAll(".source-list > li[id]")].map((section) => section.id));
    for (const term of glossary) {
      const section = glossaryPage.getElementById(term.slug)!;
      const records = [...section.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "").filter((href) => href.startsWith(link("/sources/#")));
      for (const href of records) expect(sourceIds, href).toContain(href.split("#")[1]);
      for (const id of term.sourceIds) expect(records, `${term.slug} cites ${id}`).toContain(link(`/sources/#${id}`));
    }
  });
});

describe("glossary links in built pages", () => {
  const linked = pages.flatMap((built) =>
    [...page(built.path).querySelectorAll("a[href]")]
      .map((a) => a.getAttribute("href")!)
      .filter((href) => href.startsWith(link("/glossary/#")))
      .map((href) => ({ path: built.path, href })),
  );

  it("every link to a glossary entry resolves to an entry on the glossary page", () => {
    for (const { path, href } of linked) expect(entryIds, `${path} links to ${href}`).toContain(decodeURIComponent(href.split("#")[1]));
  });

  it.each(content.filter((entry) => scanComponents(entry.body, ["Term"]).length > 0).map((entry) => [entry.path, entry] as const))(
    "%s links the first use of each <Term> once",
    (path, entry) => {
      const used = [...new Set(scanComponents(entry.body, ["Term"]).map((call) => String(call.props.slug)))];
      const termLinks = [...page(path).querySelectorAll("a.term")].map((a) => a.getAttribute("href"));
      expect(termLinks.sort()).toEqual(used.map((slug) => link(`/glossary/#${slug}`)).sort());
    },
  );
});

describe("checkGlossaryLinks (npm run check)", () => {
  const known = new Set(["removal", "encounter"]);
  const body = [
    "Intro about <Term slug=\"removal\">removals</Term>.",
    "Again <Term slug=\"removal\">removed</Term> and <Term slug=\"expulsion\">expelled</Term>.",
    "<Term>no slug</Term> and [see](/glossary/#returns) and [fine](/glossary/#encounter).",
    "```mdx",
    "<Term slug=\"in-a-code-fence\">ignored</Term>",
    "```",
  ].join("\n");
  const issues = checkGlossaryLinks([{ file: "content/articles/x.mdx", body, bodyLine: 10 }], known);

  it("reports an unknown slug with its file, line and column, and the known terms", () => {
    const issue = issues.find((entry) => entry.message.includes('"expulsion"'))!;
    expect(issue).toMatchObject({ file: "content/articles/x.mdx", line: 11, column: 47 });
    expect(issue.severity).toBeUndefined();
    expect(issue.message).toContain("encounter, removal");
  });

  it("reports a <Term> without a slug and a hand-written link to a missing entry", () => {
    expect(issues.find((entry) => entry.message.startsWith("<Term> has no slug"))).toMatchObject({ line: 12, column: 1 });
    expect(issues.find((entry) => entry.message.includes("/glossary/#returns"))).toMatchObject({ line: 12, column: 32 });
  });

  it("warns (without failing) when a term is marked twice in one file, and ignores code fences", () => {
    const repeated = issues.filter((entry) => entry.severity === "warning");
    expect(repeated).toHaveLength(1);
    expect(repeated[0]).toMatchObject({ line: 11, column: 7 });
    expect(issues).toHaveLength(4);
  });

  it("passes every MDX file in content/ against the real glossary", () => {
    const errors = checkGlossaryLinks(content.map((entry) => ({ file: entry.file, body: entry.body, bodyLine: entry.bodyLine })), slugs).filter((issue) => issue.severity !== "warning");
    expect(errors).toEqual([]);
  });
});
