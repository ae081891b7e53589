import { z } from "zod";
import { TOPICS } from "../data/descriptor.ts";

/** A date in front matter: YAML gives a Date for `2026-11-27`; a quoted string must still be a real date. */
const dateField = z.coerce.date({ error: "expected a date written YYYY-MM-DD" });

/** A correction made after publication. */
export const correctionSchema = z
  .object({
    /** When the correction was made (YYYY-MM-DD). */
    date: dateField,
    /** What was wrong and what it now says. */
    text: z.string().min(10, "expected a sentence saying what was corrected"),
  })
  .strict();

/** Front matter shared by articles and notebooks. Every field is documented here because this is what authors see. */
export const articleSchema = z
  .object({
    /** Headline: what the piece explains, in plain words. */
    title: z.string().min(5, "expected a headline of at least 5 characters"),
    /** One-sentence summary shown under the headline, in lists and in search results. */
    dek: z.string().min(20, "expected a one-sentence summary of at least 20 characters").max(300, "expected one sentence (300 characters at most)"),
    /** First publication date (YYYY-MM-DD). */
    published: dateField,
    /** Date of the last substantive update (YYYY-MM-DD); not earlier than `published`. */
    updated: dateField.optional(),
    /** Who wrote it. */
    authors: z.array(z.string().min(1)).min(1, "expected at least one author"),
    /** Which section it belongs to. */
    topic: z.enum(TOPICS, { error: `expected one of ${TOPICS.join(", ")}` }),
    /** Datasets (folder names under data/) the piece draws figures from. */
    datasets: z.array(z.string().regex(/^[a-z0-9-]+$/, "expected a dataset folder name")).default([]),
    /** Slug of the companion notebook that shows the working (articles only). */
    notebook: z.string().optional(),
    /** Slug of the article a notebook accompanies (notebooks only). */
    article: z.string().optional(),
    /** Drafts build in development but are left out of the published site. */
    draft: z.boolean().default(false),
    /** Corrections made after publication, oldest first. */
    corrections: z.array(correctionSchema).default([]),
  })
  .strict()
  .refine((data) => !data.updated || data.updated >= data.published, { message: "updated is earlier than published", path: ["updated"] });

export type ArticleFrontMatter = z.infer<typeof articleSchema>;
