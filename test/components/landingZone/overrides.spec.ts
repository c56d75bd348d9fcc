import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import type { AiLandingZoneArgs } from "../../../components";
import { inferenceClusterArgs } from "../../../components/landingZone/inferenceCluster";
import { withoutUndefinedKeys } from "../../../components/landingZone/overrides";
import { resolve } from "../../../components/landingZone/resolve";
import { storageArgs } from "../../../components/landingZone/storage";
import { rg } from "../../helpers/fixtures";

const routeTable = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt";
const diskKey = pulumi.output("https://kv.vault.azure.net/keys/k/1");

const args = (extra: Partial<AiLandingZoneArgs>): AiLandingZoneArgs => ({
  resourceGroupName: rg,
  environment: "prod",
  costCenter: "cc-42",
  owner: "ml-platform",
  alertEmails: ["ops@contoso.com"],
  budgetAmount: 2000,
  slots: { blue: { model: "azureml:credit:1", environmentId: "azureml:sklearn:1", weight: 100 } },
  ...extra,
});

const clusterDeps = {
  network: {
    subnetResourceIds: { aksSystem: "sys", aksInference: "inf" },
    subnetAddressPrefixes: { aksSystem: "10.42.4.0/24", aksInference: "10.42.5.0/24" },
    routeTableResourceId: pulumi.output(routeTable),
  },
  observability: { logAnalyticsWorkspaceResourceId: pulumi.output("law") },
  workspace: { resourceId: pulumi.output("ws") },
  encryptionKey: { diskEncryptionKey: diskKey },
  diagnostics: [],
} as unknown as Parameters<typeof inferenceClusterArgs>[1];

describe("AiLandingZone overrides", () => {
  it("drop keys set to undefined at any depth of plain objects, keeping everything else", () => {
    const output = pulumi.output("kept");
    const cleaned = withoutUndefinedKeys({
      a: undefined,
      b: { c: undefined, d: 1, e: { f: undefined, g: [undefined, 2] } },
      h: output,
      i: null,
    });
    assert.deepStrictEqual(Object.keys(cleaned), ["b", "h", "i"]);
    assert.deepStrictEqual(cleaned.b, { d: 1, e: { g: [undefined, 2] } });
    assert.strictEqual(cleaned.h, output);
    assert.strictEqual(cleaned.i, null);
  });

  it("keep the zone's defaults when an override names them with undefined", () => {
    const zone = resolve(
      "lz",
      args({
        inferenceCluster: {
          routeTableResourceId: undefined,
          diskEncryptionSetResourceId: undefined,
        },
        // Without the mechanism these would erase the account's key and private endpoint.
        storage: { customerManagedKey: undefined, privateEndpoint: undefined, tags: undefined },
      }),
    );
    const cluster = inferenceClusterArgs(zone, clusterDeps);
    assert.strictEqual(cluster.routeTableResourceId, clusterDeps.network.routeTableResourceId);
    assert.strictEqual(cluster.diskEncryptionKey, diskKey);
    const storageDeps = {
      network: { privateEndpoint: { subnetResourceId: "pe" } },
      encryptionKey: { customerManagedKey: { keyName: "k" } },
      diagnostics: [],
    } as unknown as Parameters<typeof storageArgs>[1];
    const storage = storageArgs(zone, storageDeps);
    assert.strictEqual(storage.customerManagedKey, storageDeps.encryptionKey.customerManagedKey);
    assert.strictEqual(storage.privateEndpoint, storageDeps.network.privateEndpoint);
    assert.strictEqual(storage.tags?.["cost-center"], "cc-42");
  });

  it("let a defined override win over the default it replaces", () => {
    const own = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/own";
    const brought = resolve("lz", args({ inferenceCluster: { routeTableResourceId: own } }));
    assert.strictEqual(inferenceClusterArgs(brought, clusterDeps).routeTableResourceId, own);
    const nat = resolve(
      "lz",
      args({ inferenceCluster: { outboundType: "userAssignedNATGateway" } }),
    );
    assert.strictEqual(inferenceClusterArgs(nat, clusterDeps).routeTableResourceId, undefined);
  });
});
