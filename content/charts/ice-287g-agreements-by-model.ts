import * as Plot from "@observablehq/plot";
import { defineChart } from "../../src/lib/charts/define.ts";
import { palette } from "../../src/lib/charts/house.ts";
import type { Row } from "../../src/lib/data/validate-table.ts";

const MODELS = ["task_force_model", "warrant_service_officer", "jail_enforcement_model"];
const NAME: Record<string, string> = { task_force_model: "Task Force Model", warrant_service_officer: "Warrant Service Officer", jail_enforcement_model: "Jail Enforcement Model" };
const COLOR: Record<string, string> = { task_force_model: palette.series[0], warrant_service_officer: palette.series[1], jail_enforcement_model: palette.series[2] };

export default defineChart({
  id: "ice-287g-agreements-by-model",
  title: "287(g) agreements on ICE's published lists, by model, January 2025 to May 2026",
  takeaway: (rows) => {
    const sum = (d: string) => rows.filter((r) => r.list_date === d).reduce((a, r) => a + Number(r.agreements), 0);
    const tfm = rows.find((r) => r.list_date === "2026-05-18" && r.model === "task_force_model");
    return `ICE's list grew from ${sum("2025-01-31")} agreements on Jan. 31, 2025 to ${sum("2026-05-18").toLocaleString("en-US")} on May 18, 2026, of which ${Number(tfm?.agreements).toLocaleString("en-US")} were Task Force Model agreements, a model absent from the January 2025 list.`;
  },
  notes: [
    "Definition: one row of ICE's participating-agencies list is one agreement; an agency can hold up to three (one per model).",
    "Method: our tabulation of ICE's spreadsheets after trimming spaces in model names, counting the typo 'Warrant Service Office' as Warrant Service Officer, and dropping blank trailing rows.",
    "Period: four list dates for which archived copies were available; changes between them are not seen.",
    "DHS and ICE announced 1,001 agreements on Sept. 17, 2025 (as reported by Breitbart News); ICE's list of Sept. 30, 2025 has 1,035 rows.",
  ],
  data: { dataset: "ice-287g", version: "1.0.0", resource: "agreements-national", filter: (r) => r.model !== "all_models" },
  legend: MODELS.map((m) => ({ label: NAME[m], swatch: "solid" as const, color: COLOR[m] })),
  columns: [
    { key: "list_date", label: "List date", format: "date" },
    { key: "model", label: "Model" },
    { key: "agreements", label: "Agreements", unit: "agreements" },
    { key: "status", label: "Status" },
  ],
  plot: ({ rows, narrow }) => ({
    height: 320,
    marginLeft: 55,
    x: { label: null, domain: ["2025-01-31", "2025-09-30", "2025-12-31", "2026-05-18"], tickFormat: (d: string) => (narrow ? d.slice(0, 7) : d) },
    y: { label: "Agreements", grid: true, tickFormat: (d: number) => d.toLocaleString("en-US") },
    color: { domain: MODELS, range: MODELS.map((m) => COLOR[m]) },
    marks: [
      Plot.barY(rows, { x: "list_date", y: "agreements", fill: "model", order: MODELS, title: (d: Row) => `${d.list_date}: ${NAME[String(d.model)]} ${d.agreements}` }),
      Plot.text(rows, Plot.groupX({ y: "sum", text: "sum" }, { x: "list_date", y: "agreements", text: "agreements", dy: -8 })),
      Plot.ruleY([0]),
    ],
  }),
});
