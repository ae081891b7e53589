/// <reference types="astro/client" />

// tsc does not read .astro files (astro check does); this lets plain .ts modules import components.
declare module "*.astro" {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
