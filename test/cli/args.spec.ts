import * as assert from "assert";
import { parseArgs, parseConfigPair, PreviewOptions } from "../../cli/args";
import { GateError } from "../../cli/errors";

function options(argv: string[]): PreviewOptions {
  const command = parseArgs(argv);
  assert.strictEqual(command.kind, "preview");
  return (command as { options: PreviewOptions }).options;
}

function rejects(argv: string[], file: string, cause: RegExp): void {
  assert.throws(
    () => parseArgs(argv),
    (err: unknown) => err instanceof GateError && err.file === file && cause.test(err.cause),
  );
}

describe("ailz command line", () => {
  it("defaults to the root project, stack dev, preview mode, the policies/ pack and text", () => {
    assert.deepStrictEqual(options(["preview"]), {
      projectDir: ".",
      stack: "dev",
      config: [],
      mode: "preview",
      policyPacks: ["policies"],
      policyPackConfigs: [],
      noPolicies: false,
      reports: [{ format: "text" }],
      strict: false,
      timeoutSeconds: 600,
      debug: false,
    });
  });

  it("reads --strict and --timeout (0 lifts the limit)", () => {
    const o = options(["preview", "--strict", "--timeout", "45"]);
    assert.strictEqual(o.strict, true);
    assert.strictEqual(o.timeoutSeconds, 45);
    assert.strictEqual(options(["preview", "--timeout=0"]).timeoutSeconds, 0);
  });

  it("rejects a --timeout that is not a whole number of seconds", () => {
    for (const bad of ["-5", "1.5", "10s", "soon"]) {
      rejects(
        ["preview", `--timeout=${bad}`],
        "--timeout",
        new RegExp(
          `expected a whole number of seconds \\(0 for no limit\\), got "${bad.replace(".", "\\.")}"`,
        ),
      );
    }
  });

  it("reads repeatable packs, configs and reports, each --output bound to the --format before it", () => {
    const o = options([
      "preview",
      "examples/x",
      "-s",
      "prod",
      "--mode=resolved",
      "--policy-pack",
      "a",
      "--policy-pack",
      "b",
      "--policy-pack-config",
      "a.json",
      "-c",
      "azure-native:location=westeurope",
      "--config",
      "size=2=3",
      "--format",
      "json",
      "--format",
      "sarif",
      "-o",
      "out.sarif",
      "--no-policies",
      "--debug",
    ]);
    assert.strictEqual(o.projectDir, "examples/x");
    assert.strictEqual(o.stack, "prod");
    assert.strictEqual(o.mode, "resolved");
    assert.deepStrictEqual(o.policyPacks, ["a", "b"]);
    assert.deepStrictEqual(o.policyPackConfigs, ["a.json"]);
    assert.deepStrictEqual(o.config, [
      ["azure-native:location", "westeurope"],
      ["size", "2=3"],
    ]);
    assert.deepStrictEqual(o.reports, [
      { format: "json" },
      { format: "sarif", output: "out.sarif" },
    ]);
    assert.strictEqual(o.noPolicies, true);
    assert.strictEqual(o.debug, true);
  });

  it("splits key=value at the first equals sign and keeps empty values", () => {
    assert.deepStrictEqual(parseConfigPair("name="), ["name", ""]);
    assert.deepStrictEqual(parseConfigPair("ns:key=a=b"), ["ns:key", "a=b"]);
  });

  it("rejects malformed --config, naming the option", () => {
    rejects(["preview", "--config", "novalue"], "--config", /expected key=value/);
    rejects(["preview", "--config", "=x"], "--config", /expected key=value/);
    rejects(["preview", "--config", "ns:=x"], "--config", /expected key=value/);
  });

  it("rejects unknown formats, modes, options, commands and two reports on stdout", () => {
    rejects(
      ["preview", "--format", "html"],
      "--format",
      /expected one of text, json, sarif, mermaid, got "html"/,
    );
    rejects(["preview", "--mode", "up"], "--mode", /expected one of preview, resolved/);
    rejects(["preview", "--frobnicate"], "--frobnicate", /unknown option/);
    rejects(["deploy"], "ailz", /unknown command "deploy"/);
    rejects(
      ["preview", "--format", "json", "--format", "text"],
      "--format",
      /only one report can go to stdout/,
    );
    rejects(["preview", "--stack"], "--stack", /expects a value/);
    rejects(["preview", "a", "b"], "b", /only one PROJECT_DIR/);
  });
});
