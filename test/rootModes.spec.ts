/**
 * The root project in each mode its Pulumi.yaml documents, through `ailz preview` in this
 * process (as test/examples.e2e.spec.ts does): every supported mode passes the whole pack, advisory
 * rules included, and every check decides at a first preview. Policy-managed DNS is supported
 * with the pack told so (`policyManagedDnsZoneGroups`); without that setting the only findings
 * are the opt-out's documented signal, one private-endpoint-dns-zone-group per endpoint.
 */
import * as assert from "assert";
import * as path from "path";
import { launchPack, PackProcess } from "../cli/analyzer/launch";
import type { Report } from "../cli/report/model";
import { landingZoneDnsZones } from "../components";
import { allPolicies } from "../policies/rules";
import { hub } from "./helpers/fixtures";
import { previewInProcess } from "./helpers/gateInProcess";

const ROOT = path.resolve(__dirname, "..");
const POLICY_MANAGED = path.join(__dirname, "fixtures/policyManagedDns.json");
const routeTable = `${hub}/providers/Microsoft.Network/routeTables/rt-hub`;
const hubZones = Object.fromEntries(
  landingZoneDnsZones.map((z) => [z, `${hub}/providers/Microsoft.Network/privateDnsZones/${z}`]),
);

const trainingPipeline =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ailz-dev/providers/Microsoft.MachineLearningServices/workspaces/mlw-ailz-dev/components/train-credit/versions/1";

interface Variant {
  name: string;
  config: Array<[string, string]>;
  policyConfig?: string;
  /** The gate's modes to run it in. @default both */
  modes?: readonly ("preview" | "resolved")[];
}

const variants: Variant[] = [
  {
    name: "Azure OpenAI, an AKS inference cluster, a retraining job and a registry, hub DNS zones brought by ID",
    config: [
      ["trainingPipelineComponentId", trainingPipeline],
      ["trainingDataUri", "azureml://datastores/workspaceblobstore/paths/training/"],
      ["enableRegistry", "true"],
      ["enableOpenAi", "true"],
      ["enableAks", "true"],
      ["aksRouteTableId", routeTable],
      ["dnsMode", "bring"],
      ["dnsZoneIds", JSON.stringify(hubZones)],
    ],
  },
  {
    name: "Azure OpenAI, DNS zone groups written by Azure Policy (pack told so)",
    config: [
      ["enableOpenAi", "true"],
      ["dnsMode", "policyManaged"],
    ],
    policyConfig: POLICY_MANAGED,
  },
  {
    // A first preview only: the other variants cover the resolved run of the same builders.
    name: "a secured Virtual WAN hub with an AKS cluster routed to the hub's firewall",
    config: [
      ["hubMode", "virtualWan"],
      ["virtualHubId", `${hub}/providers/Microsoft.Network/virtualHubs/vhub-swedencentral`],
      ["hubFirewallIp", "10.100.0.132"],
      ["enableAks", "true"],
    ],
    modes: ["preview"],
  },
];

async function gate(pack: PackProcess, v: Variant, mode: "preview" | "resolved"): Promise<Report> {
  const args = v.config.flatMap(([key, value]) => ["--config", `${key}=${value}`]);
  if (v.policyConfig) args.push("--policy-pack-config", v.policyConfig);
  const outcome = await previewInProcess(ROOT, mode, [pack], args);
  if (outcome.error) throw outcome.error;
  return outcome.result.report;
}

const findings = (report: Report) =>
  report.violations.map(
    (v) => `${v.policyName} (${v.enforcementLevel}) on ${v.urn.split("::").pop()}: ${v.message}`,
  );

describe("ailz preview: the root project in every documented mode", function () {
  this.timeout(240_000);
  let pack: PackProcess;
  before(async () => {
    pack = await launchPack(path.join(ROOT, "policies"), {}, false);
  });
  after(() => pack?.stop());

  for (const v of variants) {
    for (const mode of v.modes ?? (["preview", "resolved"] as const)) {
      it(`${v.name}, --mode ${mode}: no violation, every check decided`, async () => {
        const report = await gate(pack, v, mode);
        assert.strictEqual(report.policies.length, allPolicies.length, "the whole pack ran");
        assert.ok(report.summary.resources > 90, `only ${report.summary.resources} resources`);
        assert.deepStrictEqual(findings(report), []);
        if (v.config.some(([key]) => key === "trainingPipelineComponentId")) {
          const types = report.resources.map((r) => r.type);
          assert.strictEqual(types.filter((t) => t === "ailz:ml:RetrainingSchedule").length, 1);
          assert.strictEqual(types.filter((t) => t === "ailz:ml:PrivateMlRegistry").length, 1);
        }
        if (v.config.some(([key, value]) => key === "hubMode" && value === "virtualWan")) {
          const types = report.resources.map((r) => r.type);
          for (const type of [
            "azure-native:network:HubVirtualNetworkConnection",
            "azure-native:network:RouteTable",
            "azure-native:containerservice:ManagedCluster",
          ])
            assert.strictEqual(types.filter((t) => t === type).length, 1, type);
        }
        assert.deepStrictEqual(
          report.notDecided.map((n) => `${n.policyName} on ${n.urn.split("::").pop()}`),
          [],
        );
      });
    }
  }

  it("policy-managed DNS without the pack setting: only its documented signal, per endpoint", async () => {
    const report = await gate(pack, { ...variants[1], policyConfig: undefined }, "resolved");
    const endpoints = report.resources.filter(
      (r) => r.type === "azure-native:network:PrivateEndpoint",
    );
    assert.strictEqual(endpoints.length, 6);
    assert.deepStrictEqual(
      report.violations.map((v) => [v.policyName, v.enforcementLevel, v.urn]).sort(),
      endpoints.map((e) => ["private-endpoint-dns-zone-group", "advisory", e.urn]).sort(),
    );
  });
});
