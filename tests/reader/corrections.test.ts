// The corrections and changelog page lists every correction in front matter and every dataset release,
// newest first, each linking to what changed.
import { describe, expect, it } from "vitest";
import { dataReleases } from "../../src/site/releases.ts";
import { catalog, content, iso, link, page, text } from "./helpers.ts";

const document = page("/corrections/");
const items = [...document.querySelectorAll("ol.changelog > li")].map((item) => ({
  kind: item.getAttribute("data-kind"),
  date: item.querySelector("time")?.getAttribute("datetime") ?? "",
  text: text(item),
  hrefs: [...item.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? ""),
}));

describe("corrections and changelog page", () => {
  const corrections = content.flatMap((entry) => entry.data.corrections.map((correction) => ({ entry, date: iso(correction.date), text: correction.text })));
  const releases = dataReleases(catalog);

  it("has exactly one item per correction and per release", () => {
    expect(items.filter((item) => item.kind === "correction")).toHaveLength(corrections.length);
    expect(items.filter((item) => item.kind === "release")).toHaveLength(releases.length);
  });

  it.each(corrections.map((correction) => [`${correction.entry.path} ${correction.date}`, correction] as const))("lists the correction to %s, linking to the page's corrections", (_label, correction) => {
    const item = items.find((candidate) => candidate.kind === "correction" && candidate.text.includes(correction.text.replace(/\s+/g, " ")));
    expect(item, correction.text).toBeDefined();
    expect(item!.date).toBe(correction.date);
    expect(item!.hrefs).toContain(link(`${correction.entry.path}#corrections`));
    expect(page(correction.entry.path).getElementById("corrections"), `${correction.entry.path} has no #corrections section`).not.toBeNull();
  });

  it.each(releases.map((release) => [`${release.dataset} ${release.version}`, release] as const))("lists the release of %s, linking to its changelog entry", (_label, release) => {
    const href = link(`/data/${release.dataset}/#v${release.version}`);
    const item = items.find((candidate) => candidate.kind === "release" && candidate.hrefs.includes(href));
    expect(item, href).toBeDefined();
    expect(item!.date).toBe(release.date);
    expect(item!.text).toContain(release.changes.replace(/\s+/g, " "));
    expect(page(`/data/${release.dataset}/`).getElementById(`v${release.version}`), `${href} has no target`).not.toBeNull();
  });

  it("is ordered newest first", () => {
    const dates = items.map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
