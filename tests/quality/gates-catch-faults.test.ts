// The gates themselves: on a small fixture site with one fault of each kind, each checker must fail and name
// the page and the fault. Guards against a gate that silently passes everything.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetProblems, measurePage, PAGE_BUDGETS } from "../../src/tools/quality/budgets.ts";
import { compareDirs } from "../../src/tools/quality/compare-dirs.ts";
import { createValidator, validatePage } from "../../src/tools/quality/html-validation.ts";
import { checkLinks, formatLinkProblems } from "../../src/tools/quality/links.ts";
import { listPages, pageType } from "../../src/tools/quality/pages.ts";
import { startStaticServer } from "../../src/tools/quality/static-server.ts";

const BASE = "/ledger/";
const SITE = "https://example.org";

function page(title: string, body: string, head = ""): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${head}\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;
}

let root: string;
const write = (file: string, content: string | Buffer): void => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), content);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "el-gates-"));
  write(
    "index.html",
    page(
      "Home",
      [
        `<p><a href="${BASE}about/">About</a> <a href="${BASE}about/#team">Team</a> <a href="#top">Top</a></p>`,
        `<p><a href="${BASE}missing/">Missing page</a></p>`,
        `<p><a href="${BASE}about/#nobody">Missing anchor</a></p>`,
        `<p><a href="${BASE}about">Folder without slash</a></p>`,
        `<p><a href="/elsewhere/">Outside the base path</a></p>`,
        `<p><a href="${BASE}data/x/1.0.0/x.csv">Download</a> <a href="${BASE}data/x/1.0.0/y.csv">Missing download</a></p>`,
        `<p><a href="https://www.example.com/report">External report</a></p>`,
        `<img src="https://cdn.example.net/pixel.png" alt="Tracking pixel">`,
      ].join("\n"),
      `<link rel="canonical" href="${SITE}${BASE}">`,
    ),
  );
  write("about/index.html", page("About", `<h2 id="team">Team</h2><p>Text.</p>`));
  write("data/x/1.0.0/x.csv", "a,b\n1,2\n");
  write("data/x/1.0.0/datapackage.json", JSON.stringify({ homepage: `${SITE}${BASE}data/x/`, resources: [{ path: "x.csv" }, { path: "gone.csv" }] }));
  write("data/x/index.html", page("Dataset x", "<p>Dataset.</p>"));
  write("articles/heavy/index.html", page("Heavy", `<p>${"Words and numbers. ".repeat(9000)}</p><script>console.log("hi")</script>`));
  write(
    "articles/invalid/index.html",
    page("Invalid", `<figure><p>Chart</p><figcaption>Caption</figcaption><details><summary>Table</summary><p>Rows</p></details></figure><p id="twice">One</p><p id="twice">Two</p>`),
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the link gate", () => {
  it("names each broken internal reference and the page that holds it, and lists external links", () => {
    const report = checkLinks(root, { site: SITE, base: BASE });
    const text = formatLinkProblems(report.problems);
    expect(text).toContain(`"${BASE}missing/" (a[href]) — no page at ${BASE}missing/`);
    expect(text).toContain(`"${BASE}about/#nobody" (a[href]) — no element with id="nobody" on about/index.html`);
    expect(text).toContain(`is a folder: link to ${BASE}about/`);
    expect(text).toContain(`"/elsewhere/" (a[href]) — points outside the base path ${BASE}`);
    expect(text).toContain(`"${BASE}data/x/1.0.0/y.csv" (a[href]) — no file at`);
    expect(text).toContain(`"gone.csv" (datapackage resources[].path) — no file at ${BASE}data/x/1.0.0/gone.csv (expected data/x/1.0.0/gone.csv in the built site) — on 1 file(s): data/x/1.0.0/datapackage.json`);
    expect(text).toContain("loads a resource from another host (cdn.example.net)");
    expect(text).toContain("on 1 file(s): index.html");
    // Good references are not reported.
    expect(text).not.toContain(`"${BASE}about/#team"`);
    expect(text).not.toContain(`"x.csv"`);
    expect(text).not.toContain("#top");
    expect(report.problems).toHaveLength(7);
    expect(report.external.map((link) => [link.url, link.kind])).toEqual([
      ["https://cdn.example.net/pixel.png", "resource"],
      ["https://www.example.com/report", "link"],
    ]);
  });
});

describe("the HTML gate", () => {
  it("reports invalid markup with file, line, column and rule", async () => {
    const problems = await validatePage(createValidator(), root, "articles/invalid/index.html");
    const rules = problems.map((problem) => problem.rule);
    expect(rules).toContain("element-permitted-order");
    expect(rules).toContain("no-dup-id");
    for (const problem of problems) {
      expect(problem.file).toBe("articles/invalid/index.html");
      expect(problem.line).toBeGreaterThan(0);
      expect(problem.column).toBeGreaterThan(0);
    }
  });

  it("passes a valid page", async () => {
    expect(await validatePage(createValidator(), root, "about/index.html")).toEqual([]);
  });
});

describe("the budget gate", () => {
  it("fails a heavy article and JavaScript on a reading page, naming the page and the figures", () => {
    const heavy = listPages(root).find((entry) => entry.path === "/articles/heavy/");
    expect(heavy?.type).toBe("article");
    const weight = measurePage(root, heavy!, BASE);
    const problems = budgetProblems(weight);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^/articles/heavy/ \\(articles/heavy/index.html, article\\) weighs ${weight.total} bytes, over its budget of ${PAGE_BUDGETS.article} bytes`));
    expect(problems[1]).toContain("/articles/heavy/ (articles/heavy/index.html, article) ships");
    expect(problems[1]).toContain("(inline script)");
  });

  it("passes a light page without scripts", () => {
    const about = listPages(root).find((entry) => entry.path === "/about/");
    expect(budgetProblems(measurePage(root, about!, BASE))).toEqual([]);
  });

  it("classifies pages by route", () => {
    expect(pageType("/")).toBe("home");
    expect(pageType("/articles/")).toBe("listing");
    expect(pageType("/articles/x/")).toBe("article");
    expect(pageType("/notebooks/x/")).toBe("notebook");
    expect(pageType("/charts/x/")).toBe("chart");
    expect(pageType("/charts/x/embed/")).toBe("chart-embed");
    expect(pageType("/data/x/")).toBe("dataset");
    expect(pageType("/data/x/1.0.0/")).toBe("data-release");
    expect(pageType("/data/x/1.0.0/table/")).toBe("data-resource");
    expect(pageType("/search/")).toBe("search");
    expect(pageType("/404.html")).toBe("not-found");
    expect(pageType("/sources/")).toBe("reference");
    expect(pageType("/about/")).toBe("page");
  });
});

describe("the static server", () => {
  it("serves the site under the base path only, like the static host", async () => {
    const server = await startStaticServer(root, BASE);
    try {
      const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: "manual" });
      expect((await get(`${BASE}`)).status).toBe(200);
      expect(await (await get(`${BASE}about/`)).text()).toContain("<h1>About</h1>");
      const redirect = await get(`${BASE}about`);
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get("location")).toBe(`${BASE}about/`);
      expect((await get("/about/")).status).toBe(404);
      expect((await get(`${BASE}nothing/`)).status).toBe(404);
      expect((await get(`${BASE}%2e%2e/%2e%2e/etc/passwd`)).status).not.toBe(200);
      const csv = await get(`${BASE}data/x/1.0.0/x.csv`);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(await csv.text()).toBe("a,b\n1,2\n");
    } finally {
      await server.close();
    }
  });
});

describe("the reproducibility comparison", () => {
  it("finds a changed, a missing and an extra file", () => {
    const other = mkdtempSync(join(tmpdir(), "el-gates-copy-"));
    try {
      for (const entry of listPages(root)) {
        mkdirSync(dirname(join(other, entry.file)), { recursive: true });
        writeFileSync(join(other, entry.file), entry.file === "about/index.html" ? page("About", `<h2 id="team">Team</h2><p>Built at 12:00.</p>`) : "");
      }
      const same = compareDirs(root, root);
      expect(same.differences).toEqual([]);
      const result = compareDirs(root, other);
      const about = result.differences.find((difference) => difference.file === "about/index.html");
      expect(about?.kind).toBe("content");
      expect(about?.detail).toContain("first difference at line 11");
      expect(result.differences.find((difference) => difference.file === "data/x/1.0.0/x.csv")?.kind).toBe("only-in-first");
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
