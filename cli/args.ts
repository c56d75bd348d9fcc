import { GateError } from "./errors";

/** The report formats `--format` accepts. */
export const FORMATS = ["text", "json", "sarif", "mermaid"] as const;
export type Format = (typeof FORMATS)[number];

/** The simulation modes `--mode` accepts. */
export const MODES = ["preview", "resolved"] as const;
export type Mode = (typeof MODES)[number];

/** Parsed `ailz preview` options. */
export interface PreviewOptions {
  /** The Pulumi project folder. @default the current directory's root project (".") */
  projectDir: string;
  /** The stack whose `Pulumi.<stack>.yaml` is read. @default "dev" */
  stack: string;
  /** `--config key=value` overrides, in the order given (later wins). @default [] */
  config: Array<[string, string]>;
  /** `preview` leaves new outputs unknown; `resolved` knows everything. @default "preview" */
  mode: Mode;
  /** Policy pack folders. @default ["policies"] under the current directory */
  policyPacks: string[];
  /** Policy pack config files, paired with `policyPacks` by position. @default [] */
  policyPackConfigs: string[];
  /** Skip policy evaluation entirely. @default false */
  noPolicies: boolean;
  /**
   * Reports to write: each format goes to the file of the `--output` that follows it, or to
   * stdout (at most one may). @default [{ format: "text" }] (text on stdout)
   */
  reports: Array<{ format: Format; output?: string }>;
  /** Mandatory policies that could not be decided fail the gate too. @default false */
  strict: boolean;
  /** Seconds the program and the analysis may take together; 0 for no limit. @default 600 */
  timeoutSeconds: number;
  /** Show stack traces on failure. @default false */
  debug: boolean;
}

/** The longest a run may take unless `--timeout` says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 600;

export type Command =
  { kind: "preview"; options: PreviewOptions } | { kind: "help" } | { kind: "version" };

export const USAGE = `Usage: ailz preview [PROJECT_DIR] [options]

Runs a Pulumi TypeScript program against a simulated Azure and evaluates policy packs over
the analyzer protocol, like \`pulumi preview --policy-pack\`, without the CLI, a backend or
credentials. PROJECT_DIR defaults to the current directory.

Options:
  -s, --stack NAME              stack whose Pulumi.<NAME>.yaml is read (default: dev)
  -c, --config KEY=VALUE        config override, repeatable (KEY may be namespaced, ns:key)
      --mode preview|resolved   unknown outputs as in a first preview, or all known (default: preview)
      --policy-pack DIR         policy pack folder, repeatable (default: policies)
      --policy-pack-config FILE policy config JSON, repeatable, paired with --policy-pack by position
      --no-policies             run the program only
      --strict                  fail (exit 1) when a mandatory policy could not be decided
      --timeout SECONDS         stop with exit 2 when the run takes longer (default: 600; 0: none)
  -f, --format FORMAT           text | json | sarif | mermaid (default: text); repeatable
  -o, --output FILE             write the preceding --format's report to FILE, not stdout
      --debug                   show stack traces on failure
  -h, --help                    show this help
      --version                 print the version

Exit codes: 0 no mandatory violation, 1 mandatory violations (or, with --strict, mandatory
policies not decided), 2 the program, a pack or the command line failed.`;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new GateError(flag, `expected one of ${allowed.join(", ")}, got "${value}"`);
}

/** A whole number of seconds, 0 or more. */
function seconds(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new GateError(
      flag,
      `expected a whole number of seconds (0 for no limit), got "${value}"`,
    );
  }
  return Number(value);
}

/** Splits `key=value`; the key must be non-empty and the `=` present. */
export function parseConfigPair(raw: string): [string, string] {
  const eq = raw.indexOf("=");
  const key = eq < 0 ? "" : raw.slice(0, eq).trim();
  if (eq < 0 || key === "" || /\s/.test(key) || key.split(":").some((part) => part === "")) {
    throw new GateError("--config", `expected key=value (key may be ns:key), got "${raw}"`);
  }
  return [key, raw.slice(eq + 1)];
}

/** Parses the command line (without `node` and the script). Throws GateError on bad usage. */
export function parseArgs(argv: string[]): Command {
  const rest = [...argv];
  if (rest.length === 0 || rest[0] === "-h" || rest[0] === "--help" || rest[0] === "help") {
    return { kind: "help" };
  }
  if (rest[0] === "--version") return { kind: "version" };
  const command = rest.shift();
  if (command !== "preview") {
    throw new GateError("ailz", `unknown command "${command}"; try "ailz preview --help"`);
  }
  const options: PreviewOptions = {
    projectDir: ".",
    stack: "dev",
    config: [],
    mode: "preview",
    policyPacks: [],
    policyPackConfigs: [],
    noPolicies: false,
    reports: [],
    strict: false,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    debug: false,
  };
  // Each --output belongs to the --format just before it (or to the default text report).
  const reports: Array<{ format: Format; output?: string }> = [];
  let dirSeen = false;
  while (rest.length > 0) {
    const token = rest.shift() as string;
    // Accept both `--flag value` and `--flag=value`.
    const [flag, inline] =
      token.startsWith("--") && token.includes("=")
        ? [token.slice(0, token.indexOf("=")), token.slice(token.indexOf("=") + 1)]
        : [token, undefined];
    const value = (): string => {
      const v = inline ?? rest.shift();
      if (v === undefined || (inline === undefined && v.startsWith("-") && v !== "-")) {
        throw new GateError(flag, "expects a value");
      }
      return v;
    };
    switch (flag) {
      case "-h":
      case "--help":
        return { kind: "help" };
      case "-s":
      case "--stack":
        options.stack = value();
        break;
      case "-c":
      case "--config":
        options.config.push(parseConfigPair(value()));
        break;
      case "--mode":
        options.mode = oneOf(flag, value(), MODES);
        break;
      case "--policy-pack":
        options.policyPacks.push(value());
        break;
      case "--policy-pack-config":
        options.policyPackConfigs.push(value());
        break;
      case "--no-policies":
        options.noPolicies = true;
        break;
      case "-f":
      case "--format":
        reports.push({ format: oneOf(flag, value(), FORMATS) });
        break;
      case "-o":
      case "--output":
        if (reports.length === 0) reports.push({ format: "text" });
        if (reports[reports.length - 1].output !== undefined) {
          throw new GateError(flag, "each --format takes at most one --output");
        }
        reports[reports.length - 1].output = value();
        break;
      case "--strict":
        options.strict = true;
        break;
      case "--timeout":
        options.timeoutSeconds = seconds(flag, value());
        break;
      case "--debug":
        options.debug = true;
        break;
      default:
        if (flag.startsWith("-"))
          throw new GateError(flag, "unknown option; see ailz preview --help");
        if (dirSeen) throw new GateError(flag, "only one PROJECT_DIR may be given");
        options.projectDir = flag;
        dirSeen = true;
    }
  }
  if (options.policyPacks.length === 0) options.policyPacks.push("policies");
  if (reports.length === 0) reports.push({ format: "text" });
  options.reports = reports;
  if (options.reports.filter((r) => r.output === undefined).length > 1) {
    throw new GateError(
      "--format",
      "only one report can go to stdout; give the others an --output FILE",
    );
  }
  if (options.policyPackConfigs.length > options.policyPacks.length) {
    throw new GateError("--policy-pack-config", "more config files than --policy-pack folders");
  }
  return { kind: "preview", options };
}
