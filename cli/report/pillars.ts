/** WAF pillars in the order the framework lists them, with display names. */
export const PILLARS: Array<[slug: string, title: string]> = [
  ["reliability", "Reliability"],
  ["security", "Security"],
  ["cost-optimization", "Cost Optimization"],
  ["operational-excellence", "Operational Excellence"],
  ["performance-efficiency", "Performance Efficiency"],
];

/** Pillar tags in use differ slightly between packs (`cost`, `performance`); map them to one name. */
const ALIASES: Record<string, string> = {
  cost: "cost-optimization",
  "cost-optimisation": "cost-optimization",
  operations: "operational-excellence",
  performance: "performance-efficiency",
};

export function canonicalPillar(slug: string): string {
  return ALIASES[slug] ?? slug;
}

export function pillarTitle(slug: string): string {
  const canonical = canonicalPillar(slug);
  return (
    PILLARS.find(([s]) => s === canonical)?.[1] ??
    canonical.replace(
      /(^|-)(\w)/g,
      (_, sep: string, c: string) => `${sep ? " " : ""}${c.toUpperCase()}`,
    )
  );
}

/** Pillars in framework order, then any others alphabetically. */
export function pillarOrder(slugs: Iterable<string>): string[] {
  const set = new Set([...slugs].map(canonicalPillar));
  const known = PILLARS.map(([s]) => s).filter((s) => set.has(s));
  const rest = [...set].filter((s) => !known.includes(s)).sort();
  return [...known, ...rest];
}
