import Chart from "./Chart.astro";
import Value from "./Value.astro";
import Note from "./Note.astro";
import DataTable from "./DataTable.astro";
import Callout from "./Callout.astro";
import Term from "./Term.astro";
import Link from "./Link.astro";

/** Components available in every MDX file without an import. */
export const mdxComponents = { Chart, Value, Note, DataTable, Callout, a: Link, Term };
