import { InputValidator } from "../common";

/**
 * The lowest severity a harm filter blocks: `"Low"` blocks low, medium and high content (the
 * strictest), `"Medium"` blocks medium and high, `"High"` only high. `"Off"` turns the filter off
 * in that direction, an explicit opt-out that Azure grants only to approved customers
 * (modified content filtering) and that the policy pack reports.
 */
export type HarmSeverityThreshold = "Low" | "Medium" | "High" | "Off";

/** One harm category, in both directions. */
export interface HarmFilterArgs {
  /** What users send. @default "Medium" */
  prompt?: HarmSeverityThreshold;
  /** What the model answers. @default "Medium" */
  completion?: HarmSeverityThreshold;
}

/**
 * What a prompt shield or protected-material filter does: `"Block"` rejects, `"Annotate"` only
 * marks the response (an opt-out of blocking), `"Off"` turns the filter off (an opt-out).
 */
export type FilterAction = "Block" | "Annotate" | "Off";

/**
 * A content filter (RAI policy) for model deployments. Every setting defaults to blocking, so
 * `{}` is the secure filter; each weaker value is an explicit, documented opt-out.
 */
export interface ContentFilterArgs {
  /** @default { prompt: "Medium", completion: "Medium" } */
  hate?: HarmFilterArgs;
  /** @default { prompt: "Medium", completion: "Medium" } */
  sexual?: HarmFilterArgs;
  /** @default { prompt: "Medium", completion: "Medium" } */
  violence?: HarmFilterArgs;
  /** @default { prompt: "Medium", completion: "Medium" } */
  selfHarm?: HarmFilterArgs;
  /** Prompt shield against user prompt attacks (jailbreaks). @default "Block" */
  jailbreak?: FilterAction;
  /** Prompt shield against instructions hidden in grounding documents and tool output. @default "Block" */
  indirectAttack?: FilterAction;
  /** Completions that reproduce known protected text (lyrics, articles, recipes). @default "Block" */
  protectedMaterialText?: FilterAction;
  /** Completions that reproduce public-repository code without a citation. @default "Block" */
  protectedMaterialCode?: FilterAction;
  /**
   * `"Default"` filters before content is returned; `"Asynchronous_filter"` streams first and
   * filters afterwards, so harmful content can reach users (an opt-out for latency).
   * @default "Default"
   */
  mode?: "Default" | "Asynchronous_filter";
}

/** One entry of `RaiPolicy.properties.contentFilters`. */
export interface ContentFilterEntry {
  name: string;
  source: "Prompt" | "Completion";
  enabled: boolean;
  blocking: boolean;
  severityThreshold?: "Low" | "Medium" | "High";
}

/** Harm categories: the argument name and Azure's filter name. */
const harmCategories = [
  ["hate", "Hate"],
  ["sexual", "Sexual"],
  ["violence", "Violence"],
  ["selfHarm", "Selfharm"],
] as const;

/** Shields and protected-material filters: argument name, Azure's filter name, direction. */
const actionFilters = [
  ["jailbreak", "Jailbreak", "Prompt"],
  ["indirectAttack", "Indirect Attack", "Prompt"],
  ["protectedMaterialText", "Protected Material Text", "Completion"],
  ["protectedMaterialCode", "Protected Material Code", "Completion"],
] as const;

const severities: readonly string[] = ["Low", "Medium", "High", "Off"];
const actions: readonly string[] = ["Block", "Annotate", "Off"];
const settingNames: readonly string[] = [
  ...harmCategories.map(([arg]) => arg),
  ...actionFilters.map(([arg]) => arg),
  "mode",
];

/** The `contentFilters` list for a filter: harm categories on both directions, then the rest. */
export function renderContentFilters(filter: ContentFilterArgs = {}): ContentFilterEntry[] {
  const entries: ContentFilterEntry[] = [];
  for (const source of ["Prompt", "Completion"] as const) {
    for (const [arg, name] of harmCategories) {
      const level = filter[arg]?.[source === "Prompt" ? "prompt" : "completion"] ?? "Medium";
      entries.push(
        level === "Off"
          ? { name, source, enabled: false, blocking: false }
          : { name, source, enabled: true, blocking: true, severityThreshold: level },
      );
    }
  }
  for (const [arg, name, source] of actionFilters) {
    const action = filter[arg] ?? "Block";
    entries.push({ name, source, enabled: action !== "Off", blocking: action === "Block" });
  }
  return entries;
}

export function validateContentFilter(
  v: InputValidator,
  path: string,
  filter: ContentFilterArgs | undefined,
): void {
  if (filter === undefined) return;
  for (const key of Object.keys(filter)) {
    v.check(
      settingNames.includes(key),
      `${path}.${key}`,
      `is not a content filter setting: use ${settingNames.join(", ")}`,
    );
  }
  for (const [arg] of harmCategories) {
    const harm = filter[arg];
    if (harm === undefined) continue;
    for (const [direction, level] of Object.entries(harm)) {
      if (direction !== "prompt" && direction !== "completion") {
        v.fail(`${path}.${arg}.${direction}`, "is not a direction: use prompt or completion");
        continue;
      }
      v.check(
        severities.includes(String(level)),
        `${path}.${arg}.${direction}`,
        `"${level}" is not a severity threshold: use Low, Medium or High (or Off to opt out)`,
      );
    }
  }
  for (const [arg] of actionFilters) {
    const action = filter[arg];
    v.check(
      action === undefined || actions.includes(action),
      `${path}.${arg}`,
      `"${action}" is not allowed: use Block, Annotate or Off`,
    );
  }
  v.check(
    filter.mode === undefined || ["Default", "Asynchronous_filter"].includes(filter.mode),
    `${path}.mode`,
    `"${filter.mode}" is not a filter mode: use Default or Asynchronous_filter`,
  );
}
