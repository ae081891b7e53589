import type { Loader } from "astro/loaders";
import { catalog } from "./catalog.ts";

/** Exposes the data catalog to Astro as a content collection: one entry per dataset with its metadata. */
export function catalogLoader(): Loader {
  return {
    name: "enforcement-ledger-catalog",
    load: async ({ store, logger }) => {
      const started = performance.now();
      const data = catalog();
      store.clear();
      for (const dataset of data.datasets.values()) {
        const rows = [...dataset.latest.tables.values()].reduce((sum, table) => sum + table.rows.length, 0);
        store.set({
          id: dataset.name,
          data: {
            name: dataset.name,
            title: dataset.descriptor.title,
            description: dataset.descriptor.description,
            topic: dataset.descriptor.topic,
            latestVersion: dataset.latest.version,
            latestDate: dataset.latest.date,
            versions: dataset.versions.map((version) => version.version),
            rows,
            sourceIds: dataset.sourceIds,
          },
        });
      }
      logger.info(`loaded ${data.datasets.size} datasets and ${data.sources.size} sources in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
