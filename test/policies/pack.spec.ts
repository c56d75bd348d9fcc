import * as assert from "assert";
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import { T } from "../../policies/lib";
import { allPolicies } from "../../policies/rules";
import { urnOf } from "../helpers/policyArgs";

// The engine's protocol, from @pulumi/pulumi's generated code (no typings).
/* eslint-disable @typescript-eslint/no-require-imports */
const analyzerpb = require("@pulumi/pulumi/proto/analyzer_pb");
const analyzerrpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

const POLICIES_DIR = path.resolve(__dirname, "../../policies");
const { ADVISORY, MANDATORY } = analyzerpb.EnforcementLevel;
const NEXT_YEAR = `${new Date().getUTCFullYear() + 1}-12-31`;

function resource<R>(Kind: new () => R, type: string, name: string, props: object): R {
  const r: any = new Kind();
  r.setType(type);
  r.setName(name);
  r.setUrn(urnOf(type, name));
  r.setProperties(Struct.fromJavaScript(props));
  r.setOptions(new analyzerpb.AnalyzerResourceOptions());
  return r as R;
}

interface Diagnostic {
  policy: string;
  level: number;
  message: string;
}

function diagnostics(resp: any): Diagnostic[] {
  return resp.getDiagnosticsList().map((d: any) => ({
    policy: d.getPolicyname(),
    level: d.getEnforcementlevel(),
    message: d.getMessage(),
  }));
}

describe("the pack over the analyzer protocol", function () {
  this.timeout(180000);
  let child: ChildProcess;
  let client: any;
  const call = (method: string, req: unknown): Promise<any> =>
    new Promise((resolve, reject) =>
      client[method](req, (err: Error | null, resp: unknown) =>
        err ? reject(err) : resolve(resp),
      ),
    );

  before(async () => {
    // Launched exactly as the engine launches a pack: run-policy-pack with the pack as cwd.
    child = spawn(
      process.execPath,
      [require.resolve("@pulumi/pulumi/cmd/run-policy-pack"), "127.0.0.1:0", "."],
      { cwd: POLICIES_DIR },
    );
    const port = await new Promise<string>((resolve, reject) => {
      let stderr = "";
      child.stderr?.on("data", (d) => (stderr += String(d)));
      child.stdout?.once("data", (d) => resolve(String(d).trim()));
      child.on("exit", (code) => reject(new Error(`pack exited ${code}: ${stderr}`)));
    });
    client = new analyzerrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  });

  after(() => {
    client?.close();
    child?.kill();
  });

  it("serves every registered policy, in registry order", async () => {
    const Empty = analyzerrpc.AnalyzerService.getAnalyzerInfo.requestType;
    const info = await call("getAnalyzerInfo", new Empty());
    assert.deepStrictEqual(
      info.getPoliciesList().map((p: any) => p.getName()),
      allPolicies.map((p) => p.name),
    );
  });

  it("applies exemptions, stack-tag escalation and the exemption report as the engine runs them", async () => {
    const configure = new analyzerpb.ConfigureAnalyzerRequest();
    const exemptions = new analyzerpb.PolicyConfig();
    exemptions.setEnforcementlevel(ADVISORY);
    exemptions.setProperties(
      Struct.fromJavaScript({
        exemptions: [
          {
            policy: "storage-account-min-tls",
            resource: "legacy-*",
            reason: "Legacy client needs TLS 1.0 until migration",
            expires: NEXT_YEAR,
          },
          {
            policy: "storage-account-https-only",
            resource: "legacy-*",
            reason: "short",
            expires: NEXT_YEAR,
          },
        ],
      }),
    );
    configure.getPolicyconfigMap().set("exemptions-valid", exemptions);
    const zones = new analyzerpb.PolicyConfig();
    zones.setEnforcementlevel(ADVISORY);
    zones.setProperties(Struct.fromJavaScript({}));
    configure.getPolicyconfigMap().set("storage-account-zone-redundant", zones);
    await call("configure", configure);
    const stack = new analyzerpb.AnalyzerStackConfigureRequest();
    stack.getTagsMap().set("environment", "prod");
    await call("configureStack", stack);

    const account = {
      resourceGroupName: "rg",
      kind: "StorageV2",
      sku: { name: "Standard_LRS" },
      minimumTlsVersion: "TLS1_0",
      publicNetworkAccess: "Disabled",
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
      allowCrossTenantReplication: false,
      encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: "k" } },
      tags: { "cost-center": "cc", owner: "o", environment: "prod", workload: "w" },
    };
    // Only the two policies under test: other rules may have their own findings on the account.
    const watched = ["storage-account-min-tls", "storage-account-zone-redundant"];
    const found = (name: string) =>
      call("analyze", resource(analyzerpb.AnalyzeRequest, T.storageAccount, name, account)).then(
        (resp) => diagnostics(resp).filter((d) => watched.includes(d.policy)),
      );

    const legacy = await found("legacy-st");
    assert.deepStrictEqual(
      legacy.map((d) => [d.policy, d.level]),
      [["storage-account-zone-redundant", MANDATORY]],
    );
    assert.strictEqual(
      legacy[0].message,
      "Storage accounts replicate data across availability zones.\nsku.name is 'Standard_LRS'; use one of 'Standard_ZRS', 'Standard_GZRS', 'Standard_RAGZRS', 'Premium_ZRS'.",
    );
    const fresh = await found("fresh-st");
    assert.deepStrictEqual(
      fresh.map((d) => [d.policy, d.level]),
      [
        ["storage-account-min-tls", MANDATORY],
        ["storage-account-zone-redundant", MANDATORY],
      ],
    );

    const stackReq = new analyzerpb.AnalyzeStackRequest();
    stackReq.setResourcesList([
      resource(analyzerpb.AnalyzerResource, T.storageAccount, "legacy-st", account),
      resource(analyzerpb.AnalyzerResource, T.budget, "budget", { amount: 100 }),
    ]);
    const atEnd = diagnostics(await call("analyzeStack", stackReq)).filter((d) =>
      d.policy.startsWith("exemptions-"),
    );
    assert.deepStrictEqual(
      atEnd.map((d) => [d.policy, d.level, d.message.split("\n")[1]]),
      [
        [
          "exemptions-valid",
          ADVISORY,
          "Exemption #2 (policy 'storage-account-https-only', resource 'legacy-*') is not applied: it has no reason (at least 10 characters).",
        ],
        [
          "exemptions-report",
          ADVISORY,
          `Exemption #1 waived 'storage-account-min-tls' for ${urnOf(T.storageAccount, "legacy-st")} until ${NEXT_YEAR}: Legacy client needs TLS 1.0 until migration.`,
        ],
      ],
    );
  });
});
