import * as assert from "assert";
import * as path from "path";
import type { PolicyResource } from "@pulumi/policy";
import * as authorization from "@pulumi/azure-native/authorization";
import * as keyvault from "@pulumi/azure-native/keyvault";
import * as managedidentity from "@pulumi/azure-native/managedidentity";
import { Provider } from "@pulumi/azure-native/provider";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import { loadProject } from "../../cli/project";
import type { CapturedResource } from "../../cli/simulator/capture";
import {
  FAKE_CLIENT_ID,
  FAKE_SUBSCRIPTION_ID,
  FAKE_TENANT_ID,
} from "../../cli/simulator/constants";
import { ProviderAccounts, SIMULATED_ACCOUNT } from "../../cli/simulator/providerConfig";
import { runProgram } from "../../cli/simulator/runProgram";
import { diagnosticsRequired } from "../../policies/rules/monitor/diagnosticsRequired";
import { privateEndpointRequired } from "../../policies/rules/network/privateEndpointRequired";
import { installMocks, RecorderMocks, settle, unwrap } from "../helpers/mocks";

const SPOKE_SUB = "7b3c9d2e-1f4a-4b5c-8d6e-9f0a1b2c3d4e";
const SPOKE_TENANT = "2e4f6a8b-0c1d-4e2f-8a3b-4c5d6e7f8a9b";
const HUB_SUB = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const config = {
  "azure-native:subscriptionId": SPOKE_SUB,
  "azure-native:tenantId": SPOKE_TENANT,
  "azure-native:clientId": "c1c1c1c1-0000-4000-8000-000000000001",
  "azure-native:location": "northeurope",
};

describe("simulated Azure: provider config", function () {
  this.timeout(30_000);

  describe("ProviderAccounts", () => {
    it("keeps the fixed simulated account without config, so reports stay reproducible", () => {
      const accounts = new ProviderAccounts();
      assert.deepStrictEqual(accounts.forReference(""), SIMULATED_ACCOUNT);
      assert.deepStrictEqual(SIMULATED_ACCOUNT, {
        subscriptionId: FAKE_SUBSCRIPTION_ID,
        tenantId: FAKE_TENANT_ID,
        clientId: FAKE_CLIENT_ID,
        objectId: SIMULATED_ACCOUNT.objectId,
      });
    });

    it("reads azure-native:* stack config, and lets an explicit provider's arguments win", () => {
      const accounts = new ProviderAccounts({ ...config, "other:subscriptionId": "ignored" });
      assert.deepStrictEqual(accounts.forReference(""), {
        subscriptionId: SPOKE_SUB,
        tenantId: SPOKE_TENANT,
        clientId: config["azure-native:clientId"],
        objectId: SIMULATED_ACCOUNT.objectId,
        location: "northeurope",
      });
      accounts.register("pulumi:providers:azure-native", "hub", {
        subscriptionId: HUB_SUB,
        location: "westus3",
        // A provider's clientId arrives as a secret.
        clientId: {
          "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
          value: "hub-client",
        },
      });
      const hubUrn = "urn:pulumi:dev::p::a:b:C$pulumi:providers:azure-native::hub";
      const expected = {
        subscriptionId: HUB_SUB,
        tenantId: SPOKE_TENANT,
        clientId: "hub-client",
        objectId: SIMULATED_ACCOUNT.objectId,
        location: "westus3",
      };
      assert.deepStrictEqual(accounts.forReference(`${hubUrn}::some-id`), expected);
      assert.deepStrictEqual(accounts.forReference(hubUrn), expected);
      assert.strictEqual(
        accounts.forReference("urn:pulumi:dev::p::pulumi:providers:random::hub::id").subscriptionId,
        SPOKE_SUB,
        "a provider of another package is no azure-native account",
      );
    });
  });

  describe("resources and invokes under stack config (resolved mode)", () => {
    const mocks = new RecorderMocks(false, { config });
    before(() => installMocks(mocks));

    it("puts resource IDs in the configured subscription and identities in its tenant", async () => {
      const rg = new resources.ResourceGroup("rg", { resourceGroupName: "rg-spoke" });
      const account = new storage.StorageAccount("sa", {
        resourceGroupName: rg.name,
        accountName: "stspoke",
        kind: "StorageV2",
        sku: { name: "Standard_ZRS" },
        identity: { type: "SystemAssigned" },
      });
      assert.strictEqual(
        await unwrap(account.id),
        `/subscriptions/${SPOKE_SUB}/resourceGroups/rg-spoke/providers/Microsoft.Storage/storageAccounts/stspoke`,
      );
      assert.strictEqual((await unwrap(account.identity))?.tenantId, SPOKE_TENANT);
      assert.strictEqual(
        await unwrap(rg.id),
        `/subscriptions/${SPOKE_SUB}/resourceGroups/rg-spoke`,
      );
    });

    it("fills the configured location where a resource declares none, as azure-native's Check does", async () => {
      const rg = new resources.ResourceGroup("rg-noloc", { resourceGroupName: "rg-noloc" });
      const pinned = new resources.ResourceGroup("rg-pinned", {
        resourceGroupName: "rg-pinned",
        location: "swedencentral",
      });
      const identity = new managedidentity.UserAssignedIdentity("id", {
        resourceGroupName: "rg-noloc",
        resourceName: "id-spoke",
      });
      assert.strictEqual(await unwrap(rg.location), "northeurope");
      assert.strictEqual(await unwrap(pinned.location), "swedencentral");
      assert.strictEqual(await unwrap(identity.location), "northeurope");
      assert.strictEqual(await unwrap(identity.tenantId), SPOKE_TENANT);
      await settle();
      assert.strictEqual(
        mocks.one("azure-native:resources:ResourceGroup", "rg-noloc").inputs.location,
        undefined,
        "the program's own inputs are unchanged",
      );
    });

    it("answers getClientConfig with the configured account", async () => {
      assert.deepStrictEqual(await unwrap(authorization.getClientConfigOutput()), {
        clientId: config["azure-native:clientId"],
        objectId: SIMULATED_ACCOUNT.objectId,
        subscriptionId: SPOKE_SUB,
        tenantId: SPOKE_TENANT,
      });
    });

    it("uses an explicit provider's arguments for the resources and invokes given that provider", async () => {
      const hub = new Provider("hub", { subscriptionId: HUB_SUB, location: "westus3" });
      const vault = new keyvault.Vault(
        "kv",
        {
          resourceGroupName: "rg-hub",
          vaultName: "kv-hub",
          properties: { tenantId: SPOKE_TENANT, sku: { family: "A", name: "standard" } },
        },
        { provider: hub },
      );
      const spokeVault = new keyvault.Vault("kv-spoke", {
        resourceGroupName: "rg-spoke",
        vaultName: "kv-spoke",
        properties: { tenantId: SPOKE_TENANT, sku: { family: "A", name: "standard" } },
      });
      assert.strictEqual(
        await unwrap(vault.id),
        `/subscriptions/${HUB_SUB}/resourceGroups/rg-hub/providers/Microsoft.KeyVault/vaults/kv-hub`,
      );
      assert.strictEqual(await unwrap(vault.location), "westus3");
      assert.match(await unwrap(spokeVault.id), new RegExp(`^/subscriptions/${SPOKE_SUB}/`));
      assert.strictEqual(await unwrap(spokeVault.location), "northeurope");
      const client = await unwrap(authorization.getClientConfigOutput({ provider: hub }));
      assert.deepStrictEqual([client.subscriptionId, client.tenantId], [HUB_SUB, SPOKE_TENANT]);
    });
  });

  describe("a hub-spoke program composing IDs from its configured subscription", () => {
    let run: Awaited<ReturnType<typeof runProgram>>;
    before(async () => {
      const project = loadProject(
        path.resolve(__dirname, "..", "fixtures", "sim", "hub-spoke"),
        "dev",
        [],
      );
      delete require.cache[project.main];
      run = await runProgram(project, false);
    });

    /** The pack's stack rules, in process, over the resolved outputs (what AnalyzeStack sends). */
    async function stackViolations(rule: typeof privateEndpointRequired): Promise<string[]> {
      const byUrn = new Map<string, PolicyResource>();
      const policyResources = run.resources.map((r: CapturedResource) => {
        const resource = {
          type: r.type,
          name: r.name,
          urn: r.urn,
          props: r.outputs as Record<string, any>,
          opts: {},
          dependencies: [],
          propertyDependencies: {},
          isType: () => false,
          asType: () => undefined,
        } as unknown as PolicyResource;
        byUrn.set(r.urn, resource);
        return resource;
      });
      run.resources.forEach((r, i) => {
        for (const [key, urns] of Object.entries(r.propertyDependencies)) {
          (policyResources[i].propertyDependencies as Record<string, PolicyResource[]>)[key] = urns
            .map((u) => byUrn.get(u))
            .filter((x): x is PolicyResource => x !== undefined);
        }
      });
      const found: string[] = [];
      await rule.validateStack!(
        { resources: policyResources, getConfig: () => ({}), stackTags: new Map() } as any,
        (_message: string, urn?: string) => found.push(urn?.split("::").pop() ?? ""),
      );
      return found;
    }

    it("gives the accounts IDs in the configured subscription", () => {
      const account = run.resources.find((r) => r.name === "stspoke");
      assert.strictEqual(
        account?.outputs.id,
        `/subscriptions/${SPOKE_SUB}/resourceGroups/rg-spoke/providers/Microsoft.Storage/storageAccounts/stspoke`,
      );
      assert.strictEqual(account?.inputs.location, "northeurope");
    });

    it("private-endpoint-required: the account connected by ID passes, the control does not", async () => {
      assert.deepStrictEqual(await stackViolations(privateEndpointRequired), ["stother"]);
    });

    it("diagnostics-required: the account logged by ID passes, the control does not", async () => {
      assert.deepStrictEqual(await stackViolations(diagnosticsRequired), ["stother"]);
    });
  });
});
