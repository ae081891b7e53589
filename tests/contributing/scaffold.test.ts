// Each scaffold command, run as `npm run` would run it (a child process in a copy of the fixture repository),
// creates files that pass the check, says what it created and what to do next, and refuses what it must refuse.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { sha256 } from "../../src/lib/data/checksum.ts";
import { checkIssues, makeRepo, read, removeRepos, replaceOnce, runTool, write } from "./helpers.ts";

afterAll(removeRepos);

const NEW_DATASET = ["--name", "ice-arrests", "--title", "ICE arrests by fiscal year", "--topic", "enforcement", "--resource", "arrests", "--fields", "fiscal_year:year,arrests:integer:people,as_of:date", "--date", "2026-11-28"];

describe("npm run new:dataset", () => {
  test("creates a descriptor and an empty first release that pass the check", async () => {
    const repo = makeRepo();
    const run = runTool(repo, "new-dataset", NEW_DATASET);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual(["created  data/ice-arrests/datapackage.json", "created  data/ice-arrests/1.0.0/arrests.csv"]);
    expect(run.stdout).toContain("Next:\n  1. Add every document you read figures from to the sources registry, data/sources/enforcement.csv");
    expect(run.stdout).toContain("Record the file's size and checksum: npm run data:release -- --dataset ice-arrests");

    const csv = read(repo, "data/ice-arrests/1.0.0/arrests.csv");
    expect(csv).toBe("fiscal_year,arrests,as_of,status,source_id,source_locator,note\n");
    const descriptor = JSON.parse(read(repo, "data/ice-arrests/datapackage.json"));
    expect(descriptor.licenses[0].name).toBe("CC-BY-4.0");
    const fields = descriptor.resources[0].schema.fields;
    expect(fields.map((field: { name: string }) => field.name)).toEqual(["fiscal_year", "arrests", "as_of", "status", "source_id", "source_locator", "note"]);
    expect(fields[1]).toMatchObject({ name: "arrests", type: "integer", unit: "people" });
    expect(fields[3].constraints).toEqual({ required: true, enum: ["official", "claim", "estimate", "missing"] });
    expect(descriptor.resources[0].schema.primaryKey).toEqual(["fiscal_year", "source_id"]);
    expect(descriptor.releases).toEqual([{ version: "1.0.0", date: "2026-11-28", changes: "First release.", files: { arrests: { bytes: Buffer.byteLength(csv), sha256: sha256(csv) } } }]);

    const { errors, warnings } = await checkIssues(repo);
    expect(errors).toEqual([]);
    // Placeholders are reminders while the table is empty.
    expect(warnings).toHaveLength(4);
    expect(warnings.every((warning) => warning.includes(`placeholder text left by the scaffold ("TODO: …"); replace it with what the dataset or column really holds before adding rows`))).toBe(true);
  });

  test("defaults the release date to today and takes column descriptions from --describe", () => {
    const repo = makeRepo();
    const args = NEW_DATASET.slice(0, -2).concat(["--describe", "arrests=Administrative arrests made by ICE ERO in the fiscal year."]);
    expect(runTool(repo, "new-dataset", args).status).toBe(0);
    const descriptor = JSON.parse(read(repo, "data/ice-arrests/datapackage.json"));
    expect(descriptor.releases[0].date).toBe(new Date().toISOString().slice(0, 10));
    expect(descriptor.resources[0].schema.fields[1].description).toBe("Administrative arrests made by ICE ERO in the fiscal year.");
  });

  test("placeholders become errors once rows are added, and the checksum must be recorded", async () => {
    const repo = makeRepo();
    runTool(repo, "new-dataset", NEW_DATASET);
    write(repo, "data/ice-arrests/1.0.0/arrests.csv", `${read(repo, "data/ice-arrests/1.0.0/arrests.csv")}2024,113431,,official,ice-ar-fy2024,p. 30,\n`);
    const { errors } = await checkIssues(repo);
    expect(errors[0]).toBe(
      "data/ice-arrests/1.0.0/arrests.csv:0:0 checksum out of date: the file was edited after its checksum was recorded. Version 1.0.0 is not released yet (not in main), so record the new checksum: npm run data:release -- --dataset ice-arrests --version 1.0.0",
    );
    expect(errors.slice(1)).toHaveLength(4);
    expect(errors[1]).toBe(`data/ice-arrests/datapackage.json:4:19 placeholder text left by the scaffold ("TODO: …"); replace it with what the dataset or column really holds`);
  });

  test("refuses a numeric column without a unit, and an existing dataset", () => {
    const repo = makeRepo();
    const noUnit = runTool(repo, "new-dataset", NEW_DATASET.map((arg) => arg.replace("arrests:integer:people", "arrests:integer")));
    expect(noUnit.status).toBe(1);
    expect(noUnit.stderr.trim()).toBe(`error: numeric field "arrests" needs a unit; write arrests:integer:people (or beds, US dollars, …)`);
    const existing = runTool(repo, "new-dataset", NEW_DATASET.map((arg) => (arg === "ice-arrests" ? "ice-removals" : arg)));
    expect(existing.status).toBe(1);
    expect(existing.stderr.trim()).toBe(`error: data/ice-removals already exists; to change that dataset, publish a new version: npm run data:version -- --dataset ice-removals --bump minor --changes "…"`);
    expect(existsSync(join(repo, "data/ice-arrests"))).toBe(false);
  });
});

describe("npm run data:version and npm run data:release", () => {
  test("a new version copies the latest release, opens its changelog entry and passes the check", async () => {
    const repo = makeRepo();
    const run = runTool(repo, "data-version", ["--dataset", "ice-removals", "--bump", "minor", "--changes", "Added the FY2021 figure.", "--date", "2026-12-01"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 3)).toEqual(["created  data/ice-removals/1.1.0/", "created  data/ice-removals/1.1.0/removals.csv", "updated  data/ice-removals/datapackage.json"]);
    expect(run.stdout).toContain(`These charts pin a version of ice-removals; change their version to "1.1.0" if they should show the new figures: content/charts/ice-removals-by-fiscal-year.ts`);
    const copied = read(repo, "data/ice-removals/1.1.0/removals.csv");
    expect(copied).toBe(read(repo, "data/ice-removals/1.0.0/removals.csv"));
    const releases = JSON.parse(read(repo, "data/ice-removals/datapackage.json")).releases;
    expect(releases[1]).toEqual({ version: "1.1.0", date: "2026-12-01", changes: "Added the FY2021 figure.", files: { removals: { bytes: Buffer.byteLength(copied), sha256: sha256(copied) } } });
    // The released entry is untouched (the edit is minimal, so reviewers see only the new entry).
    expect(read(repo, "data/ice-removals/datapackage.json")).toContain(`"files": { "removals": { "bytes": 275, "sha256": "d6115c71270bfcd85b4fcedef80f1a94145843edd7bd5bdf37ca3bc1407d04d4" } }`);
    expect(await checkIssues(repo)).toEqual({ errors: [], warnings: [] });
  });

  test("data:release records the checksums of the edited copy", async () => {
    const repo = makeRepo();
    runTool(repo, "data-version", ["--dataset", "ice-removals", "--bump", "minor", "--changes", "Added the FY2021 figure.", "--date", "2026-12-01"]);
    const edited = read(repo, "data/ice-removals/1.1.0/removals.csv").replace("fiscal_year,removals,status,source_id,source_locator,note\n", "fiscal_year,removals,status,source_id,source_locator,note\n2021,59011,official,ice-ar-fy2023,p. 12,\n");
    write(repo, "data/ice-removals/1.1.0/removals.csv", edited);
    expect((await checkIssues(repo)).errors).toHaveLength(1);
    const run = runTool(repo, "data-release", ["--dataset", "ice-removals"]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 4)).toEqual([
      "updated  data/ice-removals/datapackage.json",
      "",
      "Recorded checksums for ice-removals 1.1.0:",
      `data/ice-removals/1.1.0/removals.csv: ${Buffer.byteLength(edited)} bytes, sha256 ${sha256(edited)}`,
    ]);
    expect(await checkIssues(repo)).toEqual({ errors: [], warnings: [] });
  });

  test("data:release refuses to rewrite the checksums of a released version, and says why", () => {
    const repo = makeRepo();
    const run = runTool(repo, "data-release", ["--dataset", "ice-removals", "--version", "1.0.0", "--base", "main"]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `error: version 1.0.0 of ice-removals is released in main, so its checksums are fixed: readers downloaded those exact bytes. To change the data, publish a new version: npm run data:version -- --dataset ice-removals --bump patch --changes "…"`,
    );
  });

  test("data:release asks for a changelog when a version folder has no entry", async () => {
    const repo = makeRepo();
    runTool(repo, "data-version", ["--dataset", "ice-removals", "--bump", "patch", "--changes", "Corrected a note.", "--date", "2026-12-01"]);
    const descriptor = JSON.parse(read(repo, "data/ice-removals/datapackage.json"));
    descriptor.releases.pop();
    write(repo, "data/ice-removals/datapackage.json", `${JSON.stringify(descriptor, null, 2)}\n`);
    const refused = runTool(repo, "data-release", ["--dataset", "ice-removals"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`error: version 1.0.1 has no release entry yet, so it needs a changelog entry: add --changes "what changed and why", e.g. --changes "Added FY2025 figures from ICE's annual report."`);
    const run = runTool(repo, "data-release", ["--dataset", "ice-removals", "--changes", "Corrected a note.", "--date", "2026-12-02"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(read(repo, "data/ice-removals/datapackage.json")).releases[1]).toMatchObject({ version: "1.0.1", date: "2026-12-02", changes: "Corrected a note." });
    expect(await checkIssues(repo)).toEqual({ errors: [], warnings: [] });
  });

  test("data:version refuses to stack a version on one that is not released yet", () => {
    const repo = makeRepo();
    runTool(repo, "data-version", ["--dataset", "ice-removals", "--bump", "minor", "--changes", "Added the FY2021 figure.", "--date", "2026-12-01"]);
    const run = runTool(repo, "data-version", ["--dataset", "ice-removals", "--bump", "patch", "--changes", "Corrected a note.", "--base", "main"]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      "error: version 1.1.0 of ice-removals is not released yet (it is not in main), so edit data/ice-removals/1.1.0/ directly and record its checksums with npm run data:release -- --dataset ice-removals. (Pass --force to start 1.1.1 anyway.)",
    );
  });
});

describe("npm run new:article", () => {
  test("creates a draft article and notebook that pass the check, with placeholders as reminders", async () => {
    const repo = makeRepo();
    const run = runTool(repo, "new-article", ["--slug", "arrests-explained", "--title", "What ICE counts as an arrest", "--topic", "enforcement", "--notebook", "--datasets", "ice-removals", "--date", "2026-12-01"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual(["created  content/articles/arrests-explained.mdx", "created  content/notebooks/arrests-explained-notebook.mdx"]);
    expect(run.stdout).toContain("Preview it: npm run dev, then open http://localhost:4321/articles/arrests-explained/");
    const article = read(repo, "content/articles/arrests-explained.mdx");
    expect(article.split("\n").slice(0, 12)).toEqual([
      "---",
      `title: "What ICE counts as an arrest"`,
      `dek: "TODO: one sentence saying what this article explains (shown under the title and in lists)."`,
      "published: 2026-12-01",
      "updated: 2026-12-01",
      `authors: ["Enforcement Ledger"]`,
      `topic: "enforcement"`,
      `datasets: ["ice-removals"]`,
      `notebook: "arrests-explained-notebook"`,
      "draft: true",
      "corrections: []",
      "---",
    ]);
    expect(read(repo, "content/notebooks/arrests-explained-notebook.mdx")).toContain(`article: "arrests-explained"`);
    const { errors, warnings } = await checkIssues(repo);
    expect(errors).toEqual([]);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((warning) => warning.endsWith(`placeholder text left by the scaffold ("TODO: …"); replace it before setting draft: false`))).toBe(true);
  });

  test("a scaffolded article published without replacing its placeholders fails", async () => {
    const repo = makeRepo();
    runTool(repo, "new-article", ["--slug", "arrests-explained", "--title", "What ICE counts as an arrest", "--topic", "enforcement", "--date", "2026-12-01"]);
    replaceOnce(repo, "content/articles/arrests-explained.mdx", "draft: true", "draft: false");
    const { errors } = await checkIssues(repo);
    expect(errors[0]).toBe(`content/articles/arrests-explained.mdx:3:7 placeholder text left by the scaffold ("TODO: …"); replace it: this page is not a draft`);
    expect(errors.every((error) => error.endsWith("replace it: this page is not a draft"))).toBe(true);
  });

  test("refuses an unknown topic", () => {
    const repo = makeRepo();
    const run = runTool(repo, "new-article", ["--slug", "arrests", "--title", "What ICE counts as an arrest", "--topic", "arrests"]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`error: --topic "arrests" is not a topic; expected one of enforcement, staffing, reporting-gaps, methods`);
  });
});
