import * as assert from "assert";
import type { Report } from "../../cli/report/model";
import { CliRun, gateRuns, readOut, urn } from "./runCli";

const INSECURE = "gate-insecure";
const STORAGE = "azure-native:storage:StorageAccount";
const VAULT = "azure-native:keyvault:Vault";
const AI = "azure-native:cognitiveservices:Account";
const RG = "azure-native:resources:ResourceGroup";

function json(run: CliRun): Report {
  return JSON.parse(run.stdout) as Report;
}

/** Violations without the pack name, sorted, for exact comparison. */
function violations(report: Report) {
  return report.violations
    .map(({ policyName, enforcementLevel, severity, pillar, message, urn: u }) => ({
      policyName,
      enforcementLevel,
      severity,
      pillar,
      message,
      urn: u,
    }))
    .sort((a, b) => `${a.policyName}${a.urn}`.localeCompare(`${b.policyName}${b.urn}`));
}

const securityHigh = (policyName: string, message: string, name: string, type = STORAGE) => ({
  policyName,
  enforcementLevel: "mandatory",
  severity: "high",
  pillar: "security",
  message,
  urn: urn(INSECURE, type, name),
});

describe("ailz preview (end to end, fixture programs and fixture pack)", function () {
  // Eight CLI processes, four of them starting a TypeScript policy pack (see runCli.ts).
  this.timeout(600_000);
  let runs: Awaited<ReturnType<typeof gateRuns>>;
  before(async () => {
    runs = await gateRuns();
  });

  describe("insecure stack, preview mode", () => {
    it("exits 1 because mandatory policies are violated", () => {
      assert.strictEqual(runs.insecurePreview.code, 1, runs.insecurePreview.stderr);
    });

    it("reports exactly the expected violations", () => {
      assert.deepStrictEqual(violations(json(runs.insecurePreview)), [
        {
          policyName: "ai-services-local-auth-disabled",
          enforcementLevel: "mandatory",
          severity: "critical",
          pillar: "security",
          message: "properties.disableLocalAuth is not true.",
          urn: urn(INSECURE, AI, "openai"),
        },
        {
          policyName: "keyvault-diagnostics",
          enforcementLevel: "advisory",
          severity: "medium",
          pillar: "operational-excellence",
          message: "key vault vault has no diagnostic setting.",
          urn: urn(INSECURE, VAULT, "vault"),
        },
        {
          policyName: "keyvault-purge-protection",
          enforcementLevel: "mandatory",
          severity: "high",
          pillar: "reliability",
          message: "properties.enablePurgeProtection is not true.",
          urn: urn(INSECURE, VAULT, "vault"),
        },
        {
          policyName: "required-tags",
          enforcementLevel: "advisory",
          severity: "low",
          pillar: "cost-optimization",
          message: "missing tags: workload.",
          urn: urn(INSECURE, STORAGE, "open"),
        },
        {
          policyName: "storage-customer-managed-key",
          enforcementLevel: "advisory",
          severity: "medium",
          pillar: "security",
          message: "encryption.keySource is not Microsoft.Keyvault.",
          urn: urn(INSECURE, STORAGE, "open"),
        },
        securityHigh("storage-https-only", "enableHttpsTrafficOnly is false.", "open"),
        securityHigh(
          "storage-no-public-blob-access",
          "allowBlobPublicAccess is not false.",
          "open",
        ),
      ]);
    });

    it("sends unknown values to the pack as unknown, which the SDK reports as not decided", () => {
      const report = json(runs.insecurePreview);
      assert.deepStrictEqual(report.notDecided, [
        {
          policyName: "storage-customer-managed-key",
          enforcementLevel: "advisory",
          urn: urn(INSECURE, STORAGE, "cmk"),
          message:
            "can't run policy 'storage-customer-managed-key' from policy pack 'ailz-gate-fixture@v0.3.0' during preview: string value at .encryption can't be known during preview",
        },
      ]);
      const cmk = report.resources.find((r) => r.urn === urn(INSECURE, STORAGE, "cmk"));
      assert.deepStrictEqual(cmk?.inputs.encryption, { $unknown: true });
      assert.deepStrictEqual(cmk?.inputs.resourceGroupName, { $unknown: true });
    });

    it("fills the JSON contract's summary and policy list", () => {
      const report = json(runs.insecurePreview);
      assert.strictEqual(report.version, 1);
      assert.strictEqual(report.project, INSECURE);
      assert.strictEqual(report.stack, "dev");
      assert.strictEqual(report.mode, "preview");
      assert.deepStrictEqual(report.summary, {
        resources: 7,
        violations: 7,
        mandatory: 4,
        advisory: 3,
        notDecided: 1,
        notDecidedMandatory: 0,
        notSimulated: 0,
        verdict: "fail",
      });
      assert.deepStrictEqual(report.notSimulated, []);
      assert.deepStrictEqual(
        report.policies.find((p) => p.name === "keyvault-purge-protection"),
        {
          name: "keyvault-purge-protection",
          pack: "ailz-gate-fixture",
          pillar: "reliability",
          principle: "mitigate-single-points-of-failure",
          severity: "high",
          enforcementLevel: "mandatory",
        },
      );
      assert.strictEqual(report.policies.length, 7);
    });

    it("lists resources as the engine names them, with the stack and default provider", () => {
      const report = json(runs.insecurePreview);
      const stackUrn = urn(INSECURE, "pulumi:pulumi:Stack", "gate-insecure-dev");
      assert.deepStrictEqual(
        report.resources.map((r) => [r.type, r.name, r.parent]).sort(),
        [
          [AI, "openai", stackUrn],
          [VAULT, "vault", stackUrn],
          [RG, "rg", stackUrn],
          [STORAGE, "cmk", stackUrn],
          [STORAGE, "open", stackUrn],
          ["pulumi:providers:azure-native", "default_3_28_0", ""],
          ["pulumi:pulumi:Stack", "gate-insecure-dev", ""],
        ].sort(),
      );
      const open = report.resources.find((r) => r.name === "open");
      assert.strictEqual(open?.inputs.enableHttpsTrafficOnly, false);
      // The provider's Check autonames the account from its logical name.
      assert.match(String(open?.inputs.accountName), /^open[0-9a-f]{8}$/);
    });
  });

  describe("insecure stack, resolved mode with a policy config file", () => {
    const owner = (name: string, type: string, missing = "owner") => ({
      policyName: "required-tags",
      enforcementLevel: "advisory",
      severity: "low",
      pillar: "cost-optimization",
      message: `missing tags: ${missing}.`,
      urn: urn(INSECURE, type, name),
    });

    it("decides what preview could not, and applies levels and parameters from the file", () => {
      assert.strictEqual(runs.insecureResolved.code, 1, runs.insecureResolved.stderr);
      const report = json(runs.insecureResolved);
      assert.deepStrictEqual(report.notDecided, []);
      assert.deepStrictEqual(
        violations(report),
        [
          {
            policyName: "ai-services-local-auth-disabled",
            enforcementLevel: "mandatory",
            severity: "critical",
            pillar: "security",
            message: "properties.disableLocalAuth is not true.",
            urn: urn(INSECURE, AI, "openai"),
          },
          {
            policyName: "keyvault-purge-protection",
            enforcementLevel: "mandatory",
            severity: "high",
            pillar: "reliability",
            message: "properties.enablePurgeProtection is not true.",
            urn: urn(INSECURE, VAULT, "vault"),
          },
          owner("openai", AI),
          owner("vault", VAULT),
          owner("rg", RG),
          owner("cmk", STORAGE),
          owner("open", STORAGE, "workload, owner"),
          {
            policyName: "storage-customer-managed-key",
            enforcementLevel: "mandatory",
            severity: "medium",
            pillar: "security",
            message: "encryption.keySource is not Microsoft.Keyvault.",
            urn: urn(INSECURE, STORAGE, "open"),
          },
          securityHigh(
            "storage-no-public-blob-access",
            "allowBlobPublicAccess is not false.",
            "open",
          ),
        ].sort((a, b) => `${a.policyName}${a.urn}`.localeCompare(`${b.policyName}${b.urn}`)),
      );
      assert.strictEqual(
        report.policies.find((p) => p.name === "keyvault-diagnostics")?.enforcementLevel,
        "disabled",
      );
    });

    it("asks a policy at level remediate first and analyzes the remediated inputs", () => {
      const report = json(runs.insecureResolved);
      assert.strictEqual(
        report.policies.find((p) => p.name === "storage-https-only")?.enforcementLevel,
        "remediate",
      );
      assert.deepStrictEqual(report.remediations, [
        {
          policyName: "storage-https-only",
          policyPackName: "ailz-gate-fixture",
          urn: urn(INSECURE, STORAGE, "open"),
        },
      ]);
      assert.ok(!report.violations.some((v) => v.policyName === "storage-https-only"));
      assert.deepStrictEqual(report.summary, {
        resources: 7,
        violations: 9,
        mandatory: 4,
        advisory: 5,
        notDecided: 0,
        notDecidedMandatory: 0,
        notSimulated: 0,
        verdict: "fail",
      });
    });
  });

  describe("compliant stack", () => {
    it("exits 0 with no violations, nothing undecided and nothing remediated", () => {
      assert.strictEqual(runs.compliant.code, 0, runs.compliant.stderr);
      const report = json(runs.compliant);
      assert.deepStrictEqual(report.violations, []);
      assert.deepStrictEqual(report.notDecided, []);
      assert.deepStrictEqual(report.summary, {
        resources: 14,
        violations: 0,
        mandatory: 0,
        advisory: 0,
        notDecided: 0,
        notDecidedMandatory: 0,
        notSimulated: 0,
        verdict: "pass",
      });
    });

    it("applies --config over the stack file and groups children under their component", () => {
      const report = json(runs.compliant);
      const rg = report.resources.find((r) => r.type === RG);
      assert.deepStrictEqual(rg?.inputs.tags, { workload: "rag" });
      const component = urn("gate-compliant", "fixture:data:DataPlane", "chat");
      const account = report.resources.find((r) => r.name === "chat-sa");
      assert.strictEqual(account?.parent, component);
      assert.strictEqual(
        account?.urn,
        urn("gate-compliant", `fixture:data:DataPlane$${STORAGE}`, "chat-sa"),
      );
    });
  });

  describe("text format", () => {
    const out = () => readOut("insecure.txt");

    it("prints the resource tree with the violating resources marked", () => {
      assert.ok(out().includes(" +  pulumi:pulumi:Stack  gate-insecure-dev\n"), out());
      assert.ok(
        out().includes(" +  ├─ azure-native:storage:StorageAccount  open  ✗ mandatory\n"),
        out(),
      );
      assert.ok(out().includes(" +  ├─ azure-native:storage:StorageAccount  cmk\n"), out());
      assert.ok(!out().includes("\u001b["), "no colours when stdout is not a terminal");
    });

    it("groups violations by pillar and prints a per-pillar scorecard and the verdict", () => {
      const lines = out().split("\n");
      const reliability = lines.indexOf("Reliability");
      assert.ok(reliability > 0);
      assert.strictEqual(lines[reliability + 1], "  [mandatory] keyvault-purge-protection (high)");
      assert.strictEqual(
        lines[reliability + 2],
        "      azure-native:keyvault:Vault  vault  (test/fixtures/gate/insecure/index.ts:18)",
      );
      const card = lines.indexOf("Scorecard");
      assert.deepStrictEqual(lines.slice(card + 1, card + 6), [
        "  Pillar                  Policies  Passed  Mandatory  Advisory  Not decided",
        "  Reliability                    1       0          1         0            0",
        "  Security                       4       0          3         1            1",
        "  Cost Optimization              1       0          0         1            0",
        "  Operational Excellence         1       0          0         1            0",
      ]);
      assert.strictEqual(
        lines.filter((l) => l !== "").pop(),
        "FAIL  4 mandatory, 3 advisory violation(s), 1 not decided",
      );
    });
  });

  describe("sarif format", () => {
    it("emits SARIF 2.1.0 with a rule per policy and results at the declaring line", () => {
      const sarif = JSON.parse(readOut("insecure.sarif"));
      assert.strictEqual(sarif.version, "2.1.0");
      const run = sarif.runs[0];
      assert.deepStrictEqual(run.tool.driver.rules.map((r: { id: string }) => r.id).sort(), [
        "ai-services-local-auth-disabled",
        "keyvault-diagnostics",
        "keyvault-purge-protection",
        "required-tags",
        "storage-customer-managed-key",
        "storage-https-only",
        "storage-no-public-blob-access",
      ]);
      const https = run.results.find((r: { ruleId: string }) => r.ruleId === "storage-https-only");
      assert.strictEqual(https.level, "error");
      assert.deepStrictEqual(https.locations[0].physicalLocation, {
        artifactLocation: { uri: "test/fixtures/gate/insecure/index.ts", uriBaseId: "%SRCROOT%" },
        region: { startLine: 9, startColumn: 1 },
      });
      assert.strictEqual(run.tool.driver.rules[https.ruleIndex].id, "storage-https-only");
      const levels = run.results.map((r: { level: string }) => r.level).sort();
      assert.deepStrictEqual(levels, [
        "error",
        "error",
        "error",
        "error",
        "note",
        "warning",
        "warning",
        "warning",
      ]);
    });
  });

  describe("mermaid format", () => {
    it("draws components as subgraphs and private endpoints and DNS links as edges", () => {
      assert.strictEqual(
        readOut("compliant.mmd"),
        [
          "flowchart LR",
          '  r0["ResourceGroup<br/>rg"]',
          '  r1["VirtualNetwork<br/>vnet"]',
          '  r2["Subnet<br/>pe-subnet"]',
          '  subgraph r3["DataPlane chat"]',
          '    r4["Vault<br/>chat-kv"]',
          '    r5["StorageAccount<br/>chat-sa"]',
          '    r6["Workspace<br/>chat-logs"]',
          '    r7["DiagnosticSetting<br/>chat-kv-diag"]',
          '    r8["PrivateZone<br/>chat-blob-zone"]',
          '    r9["PrivateEndpoint<br/>chat-blob-pe"]',
          '    r10["PrivateDnsZoneGroup<br/>chat-blob-dns"]',
          "  end",
          '  r11["Account<br/>openai"]',
          "  r9 -. private endpoint .-> r5",
          "  r9 -- in subnet --> r2",
          "  r10 -- DNS --> r8",
          "  r10 -- registers --> r9",
          "",
        ].join("\n"),
      );
    });
  });

  describe("a large report piped to another program", () => {
    it("arrives whole: the CLI exits only after stdout has drained", () => {
      assert.strictEqual(runs.large.code, 0, runs.large.stderr);
      // Several times a 64 KiB pipe buffer.
      assert.ok(runs.large.stdout.length > 128 * 1024, `${runs.large.stdout.length} bytes`);
      const report = json(runs.large);
      assert.strictEqual(report.summary.resources, 402);
      assert.deepStrictEqual(report.resources.find((r) => r.name === "rg-399")?.inputs.tags, {
        workload: "bulk",
        index: "399",
      });
    });
  });

  describe("bad input exits 2 with the file and the cause, without a stack trace", () => {
    /** Exit 2, each expected text on stderr, and no stack trace. */
    const failsWith = (run: CliRun, ...expected: string[]) => {
      assert.strictEqual(run.code, 2);
      for (const text of expected) assert.ok(run.stderr.includes(text), run.stderr);
      assert.ok(!/^\s+at /m.test(run.stderr), run.stderr);
    };

    it("a folder without Pulumi.yaml", () => {
      failsWith(runs.missingYaml, "ailz: error: test/fixtures/gate/Pulumi.yaml: not found");
    });

    it("a program that throws", () => {
      failsWith(
        runs.throws,
        "ailz: error: test/fixtures/gate/throws/index.ts: the program failed at index.ts:6:7: workload name is not configured",
      );
    });

    it("a policy pack that fails to load", () => {
      failsWith(
        runs.brokenPack,
        "ailz: error: test/fixtures/gate/broken-pack: the policy pack failed to load",
        'Invalid policy pack name "not a valid name"',
      );
    });

    it("a malformed --config", () => {
      failsWith(
        runs.badConfig,
        'ailz: error: --config: expected key=value (key may be ns:key), got "workload"',
      );
    });
  });

  describe("the exit contract with the default pack loaded", () => {
    /** Exactly one `ailz: error:` line, then only what it lists; no trace and no report. */
    const oneError = (run: CliRun, code: number, ...lines: string[]) => {
      assert.strictEqual(run.code, code, run.stderr);
      const errors = run.stderr.split("\n").filter((l) => l.startsWith("ailz: error:"));
      assert.deepStrictEqual(errors, [lines[0]], run.stderr);
      const after = run.stderr.slice(run.stderr.indexOf(lines[0]) + lines[0].length);
      assert.deepStrictEqual(after.split("\n").filter(Boolean), lines.slice(1), run.stderr);
      assert.ok(!/^\s+at /m.test(run.stderr), run.stderr);
      assert.strictEqual(run.stdout, "");
    };

    it("a throwing program exits 2 while the pack is still starting", () => {
      oneError(
        runs.throwsWithPack,
        2,
        "ailz: error: test/fixtures/gate/throws/index.ts: the program failed at index.ts:6:7: workload name is not configured",
      );
    });

    it("a component with two bad arguments: the component, then one line per argument", () => {
      oneError(
        runs.badArgumentsWithPack,
        2,
        'ailz: error: test/fixtures/gate/bad-arguments/index.ts: the program failed at index.ts:7:1: ailz:security:KeyVault "kv" has invalid arguments:',
        '  - vaultName: "kv_with_underscores" is not a valid name: use 3-24 letters, digits or hyphens, starting with a letter, ending with a letter or digit, without consecutive hyphens',
        "  - softDeleteRetentionInDays: 3 is out of range: use a whole number of days from 7 to 90",
      );
    });

    it("a pack that fails to load beside the default one", () => {
      assert.strictEqual(runs.brokenPackBesideDefault.code, 2);
      const stderr = runs.brokenPackBesideDefault.stderr;
      assert.ok(
        stderr.includes(
          "ailz: error: test/fixtures/gate/broken-pack: the policy pack failed to load (exit 1):",
        ),
        stderr,
      );
      assert.ok(stderr.includes('Invalid policy pack name "not a valid name"'), stderr);
      assert.strictEqual(stderr.match(/^ailz: error:/gm)?.length, 1, stderr);
      assert.ok(!/^\s+at /m.test(stderr), stderr);
    });

    it("a program that outlasts --timeout exits 2 naming the limit", () => {
      oneError(
        runs.hangsWithPack,
        2,
        "ailz: error: test/fixtures/gate/hangs/index.ts: the program did not finish within 2 s (--timeout)",
      );
    });

    it("exactly one mandatory violation exits 1", () => {
      const run = runs.oneMandatory;
      assert.strictEqual(run.code, 1, run.stderr);
      const report = json(run);
      const mandatory = report.violations.filter((v) => v.enforcementLevel === "mandatory");
      assert.deepStrictEqual(
        mandatory.map((v) => [v.policyName, v.urn.split("::").pop(), v.message]),
        [
          [
            "rbac-no-broad-privileged-roles",
            "deployer-owner",
            "roleDefinitionId is the built-in 'Owner' role; assign a narrower role.",
          ],
        ],
      );
      assert.strictEqual(report.summary.verdict, "fail");
    });
  });

  describe("--strict", () => {
    const lister = urn("gate-undecided", "azure-native:authorization:RoleAssignment", "lister");

    it("without it, a mandatory policy that cannot be decided does not fail the gate", () => {
      const run = runs.undecided;
      assert.strictEqual(run.code, 0, run.stderr);
      const report = json(run);
      assert.strictEqual(report.strict, false);
      assert.deepStrictEqual(
        report.notDecided.map((n) => [n.policyName, n.enforcementLevel, n.urn]),
        [["rbac-no-broad-privileged-roles", "mandatory", lister]],
      );
      assert.strictEqual(report.summary.notDecidedMandatory, 1);
      assert.strictEqual(report.summary.mandatory, 0);
      assert.strictEqual(report.summary.verdict, "pass");
    });

    it("with it, the same stack exits 1 and the verdict lists what was not decided", () => {
      const run = runs.undecidedStrict;
      assert.strictEqual(run.code, 1, run.stderr);
      const verdict = run.stdout.slice(run.stdout.indexOf("\nFAIL ") + 1).split("\n");
      assert.deepStrictEqual(verdict, [
        "FAIL  0 mandatory, 1 advisory violation(s), 1 not decided, 1 of them mandatory (--strict)",
        "  ? rbac-no-broad-privileged-roles  azure-native:authorization:RoleAssignment  lister  (test/fixtures/gate/undecided/index.ts:19)",
        "",
      ]);
    });
  });
});
