import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ChartModules } from "../charts/registry.ts";

/** Imports every chart module under `content/charts/` with Node (outside Vite); import errors become part of the result. */
export async function importChartModules(root: string, folder = "content/charts"): Promise<{ modules: ChartModules; errors: { file: string; message: string }[] }> {
  const dir = join(root, folder);
  const modules: ChartModules = {};
  const errors: { file: string; message: string }[] = [];
  if (!existsSync(dir)) return { modules, errors };
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith(".ts")).sort()) {
    try {
      modules[`${folder}/${name}`] = (await import(pathToFileURL(join(dir, name)).href)) as ChartModules[string];
    } catch (error) {
      errors.push({ file: `${folder}/${name}`, message: `cannot load chart module: ${(error as Error).message.split("\n")[0]}` });
    }
  }
  return { modules, errors };
}
