import { describe, expect, test } from "vitest";
import { articleSchema } from "../../src/lib/content/front-matter.ts";
import { validateFrontMatter } from "../../src/lib/content/parse-front-matter.ts";
import { formatIssue } from "../../src/lib/data/issues.ts";

const VALID = `---
title: "ICE removals explained"
dek: "How many people ICE removed, by fiscal year, and what the count includes."
published: 2026-11-27
updated: 2026-11-28
authors: ["Enforcement Ledger"]
topic: enforcement
datasets: ["ice-removals"]
draft: false
corrections:
  - date: 2026-11-28
    text: "Corrected the FY2024 figure to match the annual report."
---

Body.
`;

/** Validates an article and returns formatted issues. */
function check(text: string): string[] {
  return validateFrontMatter(text, "content/articles/x.mdx", articleSchema).issues.map(formatIssue);
}

describe("article front matter", () => {
  test("accepts a valid article and types its dates", () => {
    const result = validateFrontMatter(VALID, "content/articles/x.mdx", articleSchema);
    expect(result.issues).toEqual([]);
    expect(result.data?.published).toEqual(new Date("2026-11-27"));
    expect(result.data?.corrections[0].text).toMatch(/Corrected/);
    expect(result.body.trim()).toBe("Body.");
  });
  test("a wrong date names the field, line and column", () => {
    expect(check(VALID.replace("published: 2026-11-27", "published: 2026-13-45"))).toEqual(['content/articles/x.mdx:4:12 field "published": expected a date written YYYY-MM-DD']);
  });
  test("a missing title", () => {
    expect(check(VALID.replace('title: "ICE removals explained"\n', ""))).toEqual([expect.stringMatching(/^content\/articles\/x\.mdx:2:1 field "title": /)]);
  });
  test("a dek that is too short", () => {
    expect(check(VALID.replace(/dek: .*/, 'dek: "Short."'))).toEqual(['content/articles/x.mdx:3:6 field "dek": expected a one-sentence summary of at least 20 characters']);
  });
  test("an unknown topic", () => {
    expect(check(VALID.replace("topic: enforcement", "topic: policing"))).toEqual(['content/articles/x.mdx:7:8 field "topic": expected one of enforcement, staffing, reporting-gaps, methods']);
  });
  test("a misspelt field", () => {
    expect(check(VALID.replace("draft: false", "drafts: false"))).toEqual([expect.stringContaining('field "(front matter)": unknown field(s) "drafts"')]);
  });
  test("updated before published", () => {
    expect(check(VALID.replace("updated: 2026-11-28", "updated: 2026-11-01"))).toEqual(['content/articles/x.mdx:5:10 field "updated": updated is earlier than published']);
  });
  test("a correction without text", () => {
    expect(check(VALID.replace(/    text: .*\n/, ""))).toEqual([expect.stringMatching(/^content\/articles\/x\.mdx:\d+:\d+ field "corrections\.0\.text": /)]);
  });
  test("invalid YAML", () => {
    expect(check(VALID.replace("authors: [", "authors: [[")).at(0)).toMatch(/^content\/articles\/x\.mdx:\d+:\d+ front matter is not valid YAML/);
  });
  test("no front matter at all", () => {
    expect(check("# Title\n")).toEqual(["content/articles/x.mdx:1:1 no front matter; expected the file to start with a --- block (title, dek, published, authors, topic …)"]);
  });
});
