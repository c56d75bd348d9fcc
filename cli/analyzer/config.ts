import * as fs from "fs";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { GateError } from "../errors";

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
const LEVELS: EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"];

/** Protocol enum -> SDK string (the enum's order is advisory, mandatory, disabled, remediate). */
export function levelName(level: analyzer.EnforcementLevel): EnforcementLevel {
  return LEVELS[level] ?? "advisory";
}

function levelEnum(level: EnforcementLevel): analyzer.EnforcementLevel {
  return LEVELS.indexOf(level) as analyzer.EnforcementLevel;
}

/** One policy's resolved configuration, as sent with `Configure`. */
export interface ResolvedPolicyConfig {
  enforcementLevel: EnforcementLevel;
  properties: Record<string, unknown>;
}

type Entry = { enforcementLevel?: EnforcementLevel; properties: Record<string, unknown> };

/** A config value is a level string or `{ enforcementLevel?, ...properties }`. */
function parseEntry(file: string, key: string, value: unknown): Entry {
  if (typeof value === "string") {
    if (!LEVELS.includes(value as EnforcementLevel)) {
      throw new GateError(
        file,
        `"${key}": unknown enforcement level "${value}" (expected ${LEVELS.join(", ")})`,
      );
    }
    return { enforcementLevel: value as EnforcementLevel, properties: {} };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new GateError(file, `"${key}": expected an enforcement level or an object`);
  }
  const { enforcementLevel, ...properties } = value as Record<string, unknown>;
  if (enforcementLevel !== undefined && !LEVELS.includes(enforcementLevel as EnforcementLevel)) {
    throw new GateError(
      file,
      `"${key}.enforcementLevel": unknown level "${String(enforcementLevel)}"`,
    );
  }
  return { enforcementLevel: enforcementLevel as EnforcementLevel | undefined, properties };
}

/** Reads a `--policy-pack-config` file: a JSON object keyed by policy name, plus `all`. */
export function readPolicyConfigFile(file: string): Record<string, Entry> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new GateError(
      file,
      e.code ? `cannot read the policy config (${e.code})` : `is not valid JSON: ${e.message}`,
      err,
    );
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new GateError(file, "must hold a JSON object keyed by policy name");
  }
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, parseEntry(file, k, v)]));
}

const JSON_TYPES: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number",
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === "boolean",
  array: (v) => Array.isArray(v),
  object: (v) => v !== null && typeof v === "object" && !Array.isArray(v),
};

/**
 * Resolves each policy's level and properties the way the engine does before `Configure`:
 * the policy's own level, then the pack's initial config (`all`, then the policy), then the
 * file (`all`, then the policy); properties start from the schema defaults.
 */
export function resolvePolicyConfig(
  info: analyzer.AnalyzerInfo,
  file: Record<string, Entry> | undefined,
  fileName: string,
): Map<string, ResolvedPolicyConfig> {
  const names = new Set(info.getPoliciesList().map((p) => p.getName()));
  for (const key of Object.keys(file ?? {})) {
    if (key !== "all" && !names.has(key)) {
      throw new GateError(fileName, `"${key}" is not a policy of pack ${info.getName()}`);
    }
  }
  const initial = new Map<string, Entry>();
  info.getInitialconfigMap().forEach((cfg, key) => {
    initial.set(key, {
      enforcementLevel: levelName(cfg.getEnforcementlevel()),
      properties: (cfg.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>,
    });
  });
  const result = new Map<string, ResolvedPolicyConfig>();
  for (const policy of info.getPoliciesList()) {
    const name = policy.getName();
    const schema = policy.getConfigschema();
    const schemaProps = (schema?.getProperties()?.toJavaScript() ?? {}) as Record<string, any>;
    const properties: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(schemaProps)) {
      if (spec && "default" in spec) properties[key] = spec.default;
    }
    let level = levelName(policy.getEnforcementlevel());
    for (const entry of [initial.get("all"), initial.get(name), file?.all, file?.[name]]) {
      if (!entry) continue;
      if (entry.enforcementLevel) level = entry.enforcementLevel;
      if (entry !== file?.all && entry !== initial.get("all"))
        Object.assign(properties, entry.properties);
    }
    for (const [key, value] of Object.entries(file?.[name]?.properties ?? {})) {
      const type = schemaProps[key]?.type;
      if (!(key in schemaProps)) {
        throw new GateError(fileName, `"${name}.${key}" is not a config property of the policy`);
      }
      if (typeof type === "string" && JSON_TYPES[type] && !JSON_TYPES[type](value)) {
        throw new GateError(fileName, `"${name}.${key}" must be of type ${type}`);
      }
    }
    for (const key of schema?.getRequiredList() ?? []) {
      if (!(key in properties))
        throw new GateError(fileName, `"${name}.${key}" is required by the policy`);
    }
    result.set(name, { enforcementLevel: level, properties });
  }
  return result;
}

/** Builds the `Configure` request from resolved config. */
export function configureRequest(
  config: Map<string, ResolvedPolicyConfig>,
): analyzer.ConfigureAnalyzerRequest {
  const req = new analyzer.ConfigureAnalyzerRequest();
  const map = req.getPolicyconfigMap();
  for (const [name, cfg] of config) {
    const pc = new analyzer.PolicyConfig();
    pc.setEnforcementlevel(levelEnum(cfg.enforcementLevel));
    pc.setProperties(Struct.fromJavaScript(cfg.properties as any));
    map.set(name, pc);
  }
  return req;
}
