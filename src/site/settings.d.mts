export function siteSettings(env: Record<string, string | undefined>): { site: string; base: string; repository: string };
