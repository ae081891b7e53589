// Where the site is published. One place: the same build works at a domain root or under a project path.
// SITE_URL: the origin (e.g. https://example.github.io); BASE_PATH: the path prefix (e.g. /enforcement-ledger/).

/** @param {Record<string, string | undefined>} env */
export function siteSettings(env) {
  const site = (env.SITE_URL || "https://enforcement-ledger.github.io").replace(/\/+$/, "");
  const rawBase = env.BASE_PATH || "/";
  const base = `/${rawBase.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const repository = (env.REPOSITORY_URL || "https://github.com/enforcement-ledger/enforcement-ledger").replace(/\/+$/, "");
  return { site, base, repository };
}
