import * as assert from "assert";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import * as containerregistry from "@pulumi/azure-native/containerregistry";
import * as containerservice from "@pulumi/azure-native/containerservice";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import * as network from "@pulumi/azure-native/network";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";
import { GateError } from "../../cli/errors";
import { loadProject } from "../../cli/project";
import { buildReport } from "../../cli/report/model";
import { renderText } from "../../cli/report/text";
import {
  FAKE_CLIENT_ID,
  FAKE_CLIENT_OBJECT_ID,
  FAKE_SUBSCRIPTION_ID,
  FAKE_TENANT_ID,
  SIMULATED_TIME,
} from "../../cli/simulator/constants";
import { MODELLED_INVOKES } from "../../cli/simulator/invokes";
import { runProgram } from "../../cli/simulator/runProgram";
import { AzureNativeTypes } from "../../cli/simulator/typeInfo";
import { installMocks, isKnown, RecorderMocks, settle, unwrap } from "../helpers/mocks";

const FIXTURE = path.resolve(__dirname, "..", "fixtures", "sim", "invokes");
const UNMODELLED = "azure-native:web:listWebAppPublishingCredentials";

/** The value of an Output and whether it is secret. */
async function secretAndValue<T>(output: pulumi.Output<T>): Promise<[boolean, T]> {
  return [await (output as any).isSecret, await unwrap(output)];
}

const BASE64_64_BYTES = /^[A-Za-z0-9+/]{86}==$/;

describe("simulated Azure: invokes", function () {
  this.timeout(30_000);

  describe("modelled invokes, resolved mode", () => {
    const mocks = new RecorderMocks(false);
    before(() => installMocks(mocks));

    it("answers getClientConfig with the fixed simulated account when there is no config", async () => {
      assert.deepStrictEqual(await unwrap(authorization.getClientConfigOutput()), {
        clientId: FAKE_CLIENT_ID,
        objectId: FAKE_CLIENT_OBJECT_ID,
        subscriptionId: FAKE_SUBSCRIPTION_ID,
        tenantId: FAKE_TENANT_ID,
      });
    });

    it("lists two storage account keys as a secret, the same in both forms", async () => {
      const args = { resourceGroupName: "rg-sim", accountName: "stsim" };
      const [secret, result] = await secretAndValue(storage.listStorageAccountKeysOutput(args));
      assert.strictEqual(secret, true);
      assert.strictEqual(result.keys.length, 2);
      assert.deepStrictEqual(
        result.keys.map(({ keyName, permissions, creationTime }) => ({
          keyName,
          permissions,
          creationTime,
        })),
        [
          { keyName: "key1", permissions: "FULL", creationTime: SIMULATED_TIME },
          { keyName: "key2", permissions: "FULL", creationTime: SIMULATED_TIME },
        ],
      );
      for (const key of result.keys) assert.match(key.value, BASE64_64_BYTES);
      assert.notStrictEqual(result.keys[0].value, result.keys[1].value);
      const other = await unwrap(
        storage.listStorageAccountKeysOutput({ ...args, accountName: "stother" }),
      );
      assert.notStrictEqual(other.keys[0].value, result.keys[0].value, "keys differ by account");
      assert.deepStrictEqual(await storage.listStorageAccountKeys(args), result);
    });

    it("signs account and service SAS tokens with the requested fields, as secrets", async () => {
      const account = storage.listStorageAccountSASOutput({
        resourceGroupName: "rg-sim",
        accountName: "stsim",
        services: "b",
        resourceTypes: "sco",
        permissions: "rl",
        sharedAccessExpiryTime: "2030-01-01T00:00:00Z",
        protocols: "https",
      });
      const [accountSecret, { accountSasToken }] = await secretAndValue(account);
      assert.strictEqual(accountSecret, true);
      assert.match(
        accountSasToken,
        /^sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00%3A00%3A00Z&spr=https&sig=[A-Za-z0-9%]{40,}$/,
      );
      const service = storage.listStorageAccountServiceSASOutput({
        resourceGroupName: "rg-sim",
        accountName: "stsim",
        canonicalizedResource: "/blob/stsim/data",
        resource: "c",
        permissions: "r",
        sharedAccessExpiryTime: "2030-01-01T00:00:00Z",
      });
      const [serviceSecret, { serviceSasToken }] = await secretAndValue(service);
      assert.strictEqual(serviceSecret, true);
      assert.match(
        serviceSasToken,
        /^sv=2022-11-02&sr=c&sp=r&se=2030-01-01T00%3A00%3A00Z&sig=[A-Za-z0-9%]{40,}$/,
      );
    });

    it("lists AI services keys as two 32-hex-digit secrets", async () => {
      const [secret, keys] = await secretAndValue(
        cognitiveservices.listAccountKeysOutput({ resourceGroupName: "rg-sim", accountName: "ai" }),
      );
      assert.strictEqual(secret, true);
      assert.deepStrictEqual(Object.keys(keys).sort(), ["key1", "key2"]);
      assert.match(keys.key1!, /^[0-9a-f]{32}$/);
      assert.match(keys.key2!, /^[0-9a-f]{32}$/);
      assert.notStrictEqual(keys.key1, keys.key2);
    });

    it("lists Cosmos DB keys and connection strings built from those keys, as secrets", async () => {
      const args = { resourceGroupName: "rg-sim", accountName: "cosmos-sim" };
      const [keysSecret, keys] = await secretAndValue(cosmosdb.listDatabaseAccountKeysOutput(args));
      assert.strictEqual(keysSecret, true);
      assert.deepStrictEqual(Object.keys(keys).sort(), [
        "primaryMasterKey",
        "primaryReadonlyMasterKey",
        "secondaryMasterKey",
        "secondaryReadonlyMasterKey",
      ]);
      for (const key of Object.values(keys)) assert.match(key, BASE64_64_BYTES);
      const [stringsSecret, { connectionStrings }] = await secretAndValue(
        cosmosdb.listDatabaseAccountConnectionStringsOutput(args),
      );
      assert.strictEqual(stringsSecret, true);
      const endpoint = "AccountEndpoint=https://cosmos-sim.documents.azure.com:443/";
      assert.deepStrictEqual(connectionStrings, [
        {
          connectionString: `${endpoint};AccountKey=${keys.primaryMasterKey};`,
          description: "Primary SQL Connection String",
          keyKind: "Primary",
          type: "Sql",
        },
        {
          connectionString: `${endpoint};AccountKey=${keys.secondaryMasterKey};`,
          description: "Secondary SQL Connection String",
          keyKind: "Secondary",
          type: "Sql",
        },
        {
          connectionString: `${endpoint};AccountKey=${keys.primaryReadonlyMasterKey};`,
          description: "Primary Read-Only SQL Connection String",
          keyKind: "PrimaryReadonly",
          type: "Sql",
        },
        {
          connectionString: `${endpoint};AccountKey=${keys.secondaryReadonlyMasterKey};`,
          description: "Secondary Read-Only SQL Connection String",
          keyKind: "SecondaryReadonly",
          type: "Sql",
        },
      ]);
    });

    it("lists container registry admin credentials: the registry name and two passwords", async () => {
      const [secret, creds] = await secretAndValue(
        containerregistry.listRegistryCredentialsOutput({
          resourceGroupName: "rg-sim",
          registryName: "acrsim",
        }),
      );
      assert.strictEqual(secret, true);
      assert.strictEqual(creds.username, "acrsim");
      assert.deepStrictEqual(
        creds.passwords?.map((p) => p.name),
        ["password", "password2"],
      );
      for (const p of creds.passwords ?? []) assert.match(p.value!, /^[A-Za-z0-9+/]{52}$/);
    });

    it("lists AKS credentials as a base64 kubeconfig pointing at the stack's cluster", async () => {
      const cluster = new containerservice.ManagedCluster("aks", {
        resourceGroupName: "rg-sim",
        resourceName: "aks-sim",
        dnsPrefix: "akssim",
        location: "swedencentral",
      });
      const fqdn = await unwrap(cluster.fqdn);
      assert.match(fqdn, /^akssim-[0-9a-f]{8}\.hcp\.swedencentral\.azmk8s\.io$/);
      const args = { resourceGroupName: "rg-sim", resourceName: cluster.name };
      const cases: [pulumi.Output<{ kubeconfigs: { name: string; value: string }[] }>, string][] = [
        [containerservice.listManagedClusterUserCredentialsOutput(args), "clusterUser"],
        [containerservice.listManagedClusterAdminCredentialsOutput(args), "clusterAdmin"],
      ];
      for (const [output, user] of cases) {
        const [secret, { kubeconfigs }] = await secretAndValue(output);
        assert.strictEqual(secret, true);
        assert.strictEqual(kubeconfigs.length, 1);
        assert.strictEqual(kubeconfigs[0].name, user);
        const yaml = Buffer.from(kubeconfigs[0].value, "base64").toString();
        assert.match(
          yaml,
          new RegExp(`^    server: https://${fqdn.replace(/\./g, "\\.")}:443$`, "m"),
        );
        assert.match(yaml, new RegExp(`^- name: ${user}_rg-sim_aks-sim$`, "m"));
        assert.match(yaml, /^current-context: aks-sim$/m);
      }
    });

    it("looks up a resource outside the stack from the arguments, inventing no settings", async () => {
      const vnet = await unwrap(
        network.getVirtualNetworkOutput({
          resourceGroupName: "rg-hub",
          virtualNetworkName: "vnet-hub",
        }),
      );
      assert.strictEqual(
        vnet.id,
        `/subscriptions/${FAKE_SUBSCRIPTION_ID}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`,
      );
      assert.strictEqual(vnet.name, "vnet-hub");
      assert.strictEqual(vnet.type, "Microsoft.Network/virtualNetworks");
      assert.strictEqual(vnet.location, "westeurope");
      assert.strictEqual(vnet.provisioningState, "Succeeded");
      // Settable properties nobody told the simulator about stay absent.
      assert.strictEqual(vnet.addressSpace, undefined);
      assert.strictEqual(vnet.enableDdosProtection, undefined);
      assert.ok(!("resourceGroupName" in vnet), "only the function's declared fields come back");
    });

    it("looks up a resource the stack declares: its own settings and outputs", async () => {
      const declared = new network.VirtualNetwork("spoke", {
        resourceGroupName: "rg-sim",
        virtualNetworkName: "vnet-spoke",
        addressSpace: { addressPrefixes: ["10.42.0.0/16"] },
        location: "swedencentral",
      });
      const found = await unwrap(
        network.getVirtualNetworkOutput({
          resourceGroupName: "rg-sim",
          virtualNetworkName: declared.name,
        }),
      );
      assert.strictEqual(found.id, await unwrap(declared.id));
      assert.deepStrictEqual(found.addressSpace, { addressPrefixes: ["10.42.0.0/16"] });
      assert.strictEqual(found.location, "swedencentral");
      assert.strictEqual(found.etag, await unwrap(declared.etag));
    });

    it("fails an invoke it does not model, naming the token, in both forms", async () => {
      const args = { resourceGroupName: "rg-sim", name: "app-sim" };
      const message = new RegExp(
        `^Error: invoke ${UNMODELLED}: the simulated Azure does not answer this invoke`,
      );
      await assert.rejects(web.listWebAppPublishingCredentials(args), message);
      await assert.rejects(
        (web.listWebAppPublishingCredentialsOutput(args) as any).promise(),
        message,
      );
      assert.deepStrictEqual(
        mocks.notSimulated.map((c) => c.token),
        [UNMODELLED, UNMODELLED],
      );
    });

    it("answers every modelled invoke with the fields azure-native declares, credentials as secrets", async () => {
      const types = AzureNativeTypes.locate()!;
      // Every naming argument any modelled invoke requires.
      const args = {
        resourceGroupName: "rg-sim",
        accountName: "acct",
        registryName: "acr",
        resourceName: "res",
        name: "res",
        namespaceName: "ns",
        authorizationRuleName: "RootManageSharedAccessKey",
        queueName: "q",
        topicName: "t",
        eventHubName: "eh",
        searchServiceName: "search",
        workspaceName: "log",
        canonicalizedResource: "/blob/acct/c",
      };
      assert.strictEqual(MODELLED_INVOKES.length, 22);
      for (const token of MODELLED_INVOKES) {
        const declared = types.functionResult(token);
        assert.ok(declared, `${token} is declared by azure-native`);
        const output = pulumi.runtime.invokeOutput(token, args) as pulumi.Output<
          Record<string, any>
        >;
        const [secret, result] = await secretAndValue(output);
        const extra = Object.keys(result).filter((k) => !declared.has(k));
        assert.deepStrictEqual(extra, [], `${token} answers undeclared fields`);
        const missing = [...declared].filter(([k, f]) => !f.optional && !(k in result));
        assert.deepStrictEqual(missing, [], `${token} leaves out required fields`);
        const credential = !/getClientConfig$/.test(token);
        assert.strictEqual(secret, credential, `${token} secret`);
      }
    });

    it("names the token and the argument when a modelled invoke lacks one", async () => {
      await assert.rejects(
        storage.listStorageAccountKeys({ resourceGroupName: "rg-sim" } as any),
        /^Error: invoke azure-native:storage:listStorageAccountKeys: the argument accountName is required/,
      );
    });
  });

  describe("preview mode", () => {
    const mocks = new RecorderMocks(true);
    before(() => installMocks(mocks));

    it("answers modelled invokes with known arguments, as a real preview asks Azure", async () => {
      const keys = cognitiveservices.listAccountKeysOutput({
        resourceGroupName: "rg-sim",
        accountName: "ai",
      });
      assert.strictEqual(await isKnown(keys), true);
      assert.match((await unwrap(keys)).key1!, /^[0-9a-f]{32}$/);
    });

    it("answers an unmodelled invoke as unknown and records its token", async () => {
      mocks.notSimulated.length = 0;
      const args = { resourceGroupName: "rg-sim", name: "app-sim" };
      const output = web.listWebAppPublishingCredentialsOutput(args);
      assert.strictEqual(await isKnown(output), false);
      assert.strictEqual(await isKnown(output.publishingUserName), false);
      // The Promise form resolves; each declared field is unknown, so an input built from one
      // is unknown too (not decided) rather than absent.
      const plain = await web.listWebAppPublishingCredentials(args);
      assert.ok("publishingUserName" in plain && "scmUri" in plain);
      assert.strictEqual(await isKnown(pulumi.output(plain.publishingUserName)), false);
      assert.deepStrictEqual(mocks.notSimulated, [
        { token: UNMODELLED, args },
        { token: UNMODELLED, args },
      ]);
    });

    it("looks up a stack resource that does not exist yet as unknown where the stack fixes nothing", async () => {
      const declared = new network.VirtualNetwork("preview-spoke", {
        resourceGroupName: "rg-sim",
        virtualNetworkName: "vnet-preview",
        addressSpace: { addressPrefixes: ["10.43.0.0/16"] },
      });
      await settle();
      const found = network.getVirtualNetworkOutput({
        resourceGroupName: "rg-sim",
        virtualNetworkName: "vnet-preview",
      });
      assert.strictEqual(await isKnown(found), false);
      const plain = await network.getVirtualNetwork({
        resourceGroupName: "rg-sim",
        virtualNetworkName: "vnet-preview",
      });
      assert.deepStrictEqual(plain.addressSpace, { addressPrefixes: ["10.43.0.0/16"] });
      assert.strictEqual(await isKnown(pulumi.output(plain.id)), false);
      assert.strictEqual(await isKnown(declared.id), false);
    });
  });

  describe("through runProgram and the report", () => {
    it("preview: lists the unmodelled invoke with the resource it names; what depends on it is unknown", async () => {
      const project = loadProject(FIXTURE, "dev", []);
      delete require.cache[project.main];
      const run = await runProgram(project, true);
      const appUrn = "urn:pulumi:dev::sim-invokes::azure-native:web:WebApp::app";
      assert.deepStrictEqual(run.notSimulated, [{ token: UNMODELLED, urn: appUrn }]);
      const report = buildReport(project, "preview", run.resources, [], {
        notSimulated: run.notSimulated,
      });
      assert.deepStrictEqual(report.notSimulated, [{ token: UNMODELLED, urn: appUrn }]);
      assert.strictEqual(report.summary.notSimulated, 1);
      const inputs = (name: string) => report.resources.find((r) => r.name === name)?.inputs;
      assert.deepStrictEqual(inputs("publishing")?.properties, { value: { $unknown: true } });
      // The modelled keys are known and stay secret.
      assert.deepStrictEqual(inputs("storage-key")?.properties, { value: { $secret: true } });
      const text = renderText(
        {
          project,
          mode: "preview",
          resources: run.resources,
          packs: [],
          policiesEvaluated: false,
          report,
        },
        false,
      );
      assert.match(text, new RegExp(`^  \\? ${UNMODELLED}  azure-native:web:WebApp  app`, "m"));
    });

    it("resolved: stops with a GateError naming the invoke", async () => {
      const project = loadProject(FIXTURE, "dev", []);
      delete require.cache[project.main];
      await assert.rejects(runProgram(project, false), (err: unknown) => {
        assert.ok(err instanceof GateError);
        assert.strictEqual(err.file, path.relative(process.cwd(), project.main));
        assert.match(
          err.cause,
          new RegExp(`^the simulated Azure does not answer the invoke ${UNMODELLED}; `),
        );
        return true;
      });
    });
  });
});
