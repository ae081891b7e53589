// Browser script for /search/ only. It reveals the search form (hidden without JavaScript, where the page's plain
// list of everything searchable stands in), and loads Pagefind on first use: nothing is fetched until the reader
// focuses the box or arrives with ?q= in the address.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGE_SIZE = 20;
const root = document.querySelector<HTMLElement>("[data-search]");

if (root) {
  const form = root.querySelector("form")!;
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select")];
  const status = root.querySelector<HTMLElement>("[data-search-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]")!;
  const heading = root.querySelector<HTMLElement>("[data-search-heading]")!;
  const typeLabels = JSON.parse(root.dataset.typeLabels ?? "{}") as Record<string, string>;
  const topicLabels = JSON.parse(root.dataset.topicLabels ?? "{}") as Record<string, string>;
  let api: Promise<PagefindApi> | null = null;
  let pending: { data(): Promise<PagefindResultData> }[] = [];
  let generation = 0;
  let timer: number | undefined;

  root.hidden = false;

  const load = (): Promise<PagefindApi> => {
    api ??= (async () => {
      const module = (await import(/* @vite-ignore */ root.dataset.bundle!)) as PagefindApi;
      // The main-thread engine: one file fewer to download than the worker version, and this index is small.
      await module.options({ noWorker: true, excerptLength: 28 });
      await module.init();
      return module;
    })();
    return api;
  };

  /** Rebuilds Pagefind's excerpt (text with <mark> tags) from text nodes, so no markup from the index reaches the page. */
  const excerptNodes = (excerpt: string): Node[] => {
    const template = document.createElement("template");
    template.innerHTML = excerpt;
    return [...template.content.childNodes].map((node) => {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent ?? "");
    });
  };

  const renderItem = (data: PagefindResultData): HTMLLIElement => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    const title = document.createElement("h3");
    title.append(link);
    const meta = document.createElement("p");
    meta.className = "meta";
    const type = data.filters.type?.[0];
    const topic = data.filters.topic?.[0];
    meta.textContent = [type ? typeLabels[type] ?? type : "", topic ? topicLabels[topic] ?? topic : ""].filter(Boolean).join(" · ");
    const excerpt = document.createElement("p");
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(title, meta, excerpt);
    return item;
  };

  const showMore = async (run: number): Promise<void> => {
    const batch = pending.splice(0, PAGE_SIZE);
    const items = await Promise.all(batch.map((result) => result.data()));
    if (run !== generation) return;
    list.append(...items.map(renderItem));
    more.hidden = pending.length === 0;
  };

  const run = async (): Promise<void> => {
    const current = ++generation;
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    for (const [name, value] of Object.entries(filters)) params.set(name, value);
    history.replaceState(null, "", params.size > 0 ? `?${params}` : location.pathname);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      heading.hidden = true;
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    try {
      const pagefind = await load();
      const search = await pagefind.search(query || null, { filters });
      if (current !== generation || !search) return;
      pending = [...search.results];
      const count = pending.length;
      list.replaceChildren();
      heading.hidden = count === 0;
      await showMore(current);
      const what = query ? ` for “${query}”` : "";
      status.textContent = count === 0 ? `No results${what}. Try fewer words, another spelling, or clear the filters.` : `${count} result${count === 1 ? "" : "s"}${what}.`;
    } catch {
      status.textContent = "Search could not load. Every searchable page is listed below.";
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run();
  });
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  for (const select of selects) select.addEventListener("change", () => void run());
  input.addEventListener("focus", () => void load().catch(() => undefined), { once: true });
  more.addEventListener("click", () => void showMore(generation));

  const initial = new URLSearchParams(location.search);
  input.value = initial.get("q") ?? "";
  for (const select of selects) select.value = initial.get(select.name) ?? "";
  if (input.value || selects.some((select) => select.value)) void run();
}
