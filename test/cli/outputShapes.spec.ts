import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as app from "@pulumi/azure-native/app";
import * as containerinstance from "@pulumi/azure-native/containerinstance";
import * as network from "@pulumi/azure-native/network";
import * as storage from "@pulumi/azure-native/storage";
import { FAKE_SUBSCRIPTION_ID, SIMULATED_TIME } from "../../cli/simulator/constants";
import { armType } from "../../cli/simulator/outputShapes";
import { AzureNativeTypes } from "../../cli/simulator/typeInfo";
import { installMocks, isKnown, RecorderMocks, settle, unwrap } from "../helpers/mocks";

const types = AzureNativeTypes.locate()!;
const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Every settable property the program left out must be absent from the resolved outputs. */
async function assertNoSettableFilled(
  resource: Record<string, any>,
  type: string,
  given: Record<string, unknown>,
): Promise<void> {
  const info = types.resource(type)!;
  const outputOnly = [...info.outputs.keys()].filter((k) => !info.args.has(k));
  const settable = [...info.outputs.keys()].filter((k) => info.args.has(k) && !(k in given));
  assert.ok(settable.length > 3, `${type} has settable outputs to check`);
  for (const key of settable) {
    // `name` is the resource's name, which Azure reports even when autonamed.
    if (key === "name") continue;
    assert.strictEqual(await unwrap(resource[key]), undefined, `${type}.${key} was filled`);
  }
  for (const key of outputOnly) {
    assert.notStrictEqual(await unwrap(resource[key]), undefined, `${type}.${key} is missing`);
  }
}

describe("simulated Azure: resolved-mode outputs from azure-native's type information", function () {
  this.timeout(30_000);

  describe("reading the declarations", () => {
    it("derives output-only properties as the constructors mark them (/*out*/)", () => {
      const root = types.root;
      let checked = 0;
      for (const module of ["containerinstance", "keyvault", "storage"]) {
        for (const file of fs.readdirSync(path.join(root, module))) {
          if (!file.endsWith(".js") || /^(get|list|index)/.test(file)) continue;
          const js = fs.readFileSync(path.join(root, module, file), "utf8");
          const create = /if \(!opts\.id\) \{([\s\S]*?)\n {8}\}\n {8}else/.exec(js);
          const className = /static __pulumiType = '(azure-native:[\w]+:\w+)'/.exec(js);
          if (!create || !className) continue;
          const marked = [
            ...create[1].matchAll(/resourceInputs\["(\w+)"\] = undefined \/\*out\*\//g),
          ]
            .map((m) => m[1])
            .sort();
          const info = types.resource(className[1]);
          assert.ok(info, `${className[1]} is declared`);
          const derived = [...info.outputs.keys()].filter((k) => !info.args.has(k)).sort();
          assert.deepStrictEqual(derived, marked, className[1]);
          checked++;
        }
      }
      assert.ok(checked > 20, `only ${checked} resources compared`);
    });

    it("names ARM types from IDs", () => {
      assert.strictEqual(
        armType("/subscriptions/s/resourceGroups/g/providers/Microsoft.Web/sites/a/slots/b"),
        "Microsoft.Web/sites/slots",
      );
      assert.strictEqual(
        armType("/subscriptions/s/resourceGroups/g"),
        "Microsoft.Resources/resourceGroups",
      );
    });
  });

  describe("resolved mode", () => {
    const mocks = new RecorderMocks(false);
    before(() => installMocks(mocks));

    it("storage: every declared primaryEndpoints field, realistic; settable properties left out stay absent", async () => {
      const given = {
        resourceGroupName: "rg-sim",
        accountName: "stsim",
        kind: "StorageV2",
        sku: { name: "Standard_LRS" },
      };
      const account = new storage.StorageAccount("sa", given);
      const endpoints = await unwrap(account.primaryEndpoints);
      const declared = types.fieldsOf({
        kind: "ref",
        pkg: "outputs",
        module: "storage",
        name: "EndpointsResponse",
      })!;
      assert.deepStrictEqual(Object.keys(endpoints).sort(), [...declared.keys()].sort());
      const host = (suffix: string, service: string) =>
        service === "web"
          ? `https://stsim${suffix}.z6.web.core.windows.net/`
          : `https://stsim${suffix}.${service}.core.windows.net/`;
      const set = (suffix: string, services: string[]) =>
        Object.fromEntries(services.map((s) => [s, host(suffix, s)]));
      const all = ["blob", "queue", "table", "file", "web", "dfs"];
      assert.deepStrictEqual(endpoints, {
        ...set("", all),
        microsoftEndpoints: set("-microsoftrouting", all),
        internetEndpoints: set("-internetrouting", ["blob", "file", "web", "dfs"]),
      });
      assert.strictEqual(await unwrap(account.provisioningState), "Succeeded");
      assert.strictEqual(await unwrap(account.publicNetworkAccess), undefined);
      assert.strictEqual(await unwrap(account.minimumTlsVersion), undefined);
      assert.strictEqual(await unwrap(account.allowBlobPublicAccess), undefined);
      await assertNoSettableFilled(account, "azure-native:storage:StorageAccount", given);
    });

    it("private DNS zone group: an A record set per zone config", async () => {
      const zone =
        "/subscriptions/s/resourceGroups/rg-hub/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net";
      const group = new network.PrivateDnsZoneGroup("dns", {
        resourceGroupName: "rg-sim",
        privateEndpointName: "pe-blob",
        privateDnsZoneGroupName: "default",
        privateDnsZoneConfigs: [{ name: "blob", privateDnsZoneId: zone }],
      });
      const configs = await unwrap(group.privateDnsZoneConfigs);
      assert.strictEqual(configs?.length, 1);
      const [record] = configs![0].recordSets;
      assert.deepStrictEqual(
        { ...configs![0], recordSets: [{ ...record, ipAddresses: [] }] },
        {
          name: "blob",
          privateDnsZoneId: zone,
          recordSets: [
            {
              recordType: "A",
              recordSetName: "pe-blob",
              fqdn: "pe-blob.privatelink.blob.core.windows.net",
              ttl: 10,
              ipAddresses: [],
              provisioningState: "Succeeded",
            },
          ],
        },
      );
      assert.strictEqual(record.ipAddresses?.length, 1);
      assert.match(record.ipAddresses![0], /^10\.\d+\.\d+\.\d+$/);
    });

    it("container group: the program's ipAddress completed with the IP and FQDN Azure assigns", async () => {
      const group = new containerinstance.ContainerGroup("cg", {
        resourceGroupName: "rg-sim",
        containerGroupName: "cg-sim",
        location: "swedencentral",
        osType: "Linux",
        containers: [
          { name: "web", image: "nginx", resources: { requests: { cpu: 1, memoryInGB: 1 } } },
        ],
        ipAddress: { type: "Public", ports: [{ port: 80 }], dnsNameLabel: "cg-sim-web" },
      });
      const ip = await unwrap(group.ipAddress);
      assert.match(ip!.ip!, IPV4);
      assert.match(ip!.ip!, /^20\./, "a public address");
      assert.deepStrictEqual(
        { ...ip, ip: "" },
        {
          type: "Public",
          ports: [{ port: 80 }],
          dnsNameLabel: "cg-sim-web",
          // The SDK's own default for the input.
          autoGeneratedDomainNameLabelScope: "Unsecure",
          ip: "",
          fqdn: "cg-sim-web.swedencentral.azurecontainer.io",
        },
      );
      const view = await unwrap(group.instanceView);
      assert.ok(Array.isArray(view.events), "output-only instanceView has its declared shape");
      const priv = new containerinstance.ContainerGroup("cg-private", {
        resourceGroupName: "rg-sim",
        osType: "Linux",
        containers: [
          { name: "c", image: "nginx", resources: { requests: { cpu: 1, memoryInGB: 1 } } },
        ],
        ipAddress: { type: "Private", ports: [{ port: 80 }] },
      });
      assert.match((await unwrap(priv.ipAddress))!.ip!, /^10\.\d+\.\d+\.\d+$/);
    });

    it("a type no hand table mentions (container app): output-only values, read-only fields inside given objects, nothing settable invented", async () => {
      const given = {
        resourceGroupName: "rg-sim",
        containerAppName: "ca-sim",
        location: "swedencentral",
        managedEnvironmentId:
          "/subscriptions/s/resourceGroups/rg-sim/providers/Microsoft.App/managedEnvironments/env",
        configuration: { ingress: { external: true, targetPort: 8080 } },
        template: { containers: [{ name: "api", image: "nginx" }] },
      };
      const containerApp = new app.ContainerApp("ca", given);
      const configuration = await unwrap(containerApp.configuration);
      const fqdn = configuration?.ingress?.fqdn;
      assert.match(fqdn!, /^ca-sim-[0-9a-f]{6}\.swedencentral\.cloudapp\.azure\.com$/);
      // Exactly the inputs as registered (with the SDK's own defaults) plus the read-only fqdn:
      // traffic, customDomains, ipSecurityRestrictions... stay unset.
      await settle();
      const registered = mocks.one("azure-native:app:ContainerApp").inputs.configuration;
      assert.deepStrictEqual(registered.ingress.fqdn, undefined);
      assert.deepStrictEqual(configuration, {
        ...registered,
        ingress: { ...registered.ingress, fqdn },
      });
      assert.strictEqual(await unwrap(containerApp.provisioningState), "Succeeded");
      assert.strictEqual(await unwrap(containerApp.type), "Microsoft.App/containerApps");
      assert.strictEqual(await unwrap(containerApp.name), "ca-sim");
      assert.strictEqual(
        await unwrap(containerApp.id),
        `/subscriptions/${FAKE_SUBSCRIPTION_ID}/resourceGroups/rg-sim/providers/Microsoft.App/containerApps/ca-sim`,
      );
      const outbound = await unwrap(containerApp.outboundIpAddresses);
      assert.strictEqual(outbound.length, 1);
      assert.match(outbound[0], IPV4);
      assert.strictEqual((await unwrap(containerApp.systemData)).createdAt, SIMULATED_TIME);
      assert.match(await unwrap(containerApp.azureApiVersion), /^\d{4}-\d{2}-\d{2}/);
      await assertNoSettableFilled(containerApp, "azure-native:app:ContainerApp", given);
    });

    it("lists other resources only when they exist: output-only references come back empty", async () => {
      const account = new storage.StorageAccount("sa-pec", {
        resourceGroupName: "rg-sim",
        kind: "StorageV2",
        sku: { name: "Standard_LRS" },
      });
      assert.deepStrictEqual(await unwrap(account.privateEndpointConnections), []);
    });
  });

  describe("preview mode is unchanged", () => {
    const mocks = new RecorderMocks(true);
    before(() => installMocks(mocks));

    it("keeps computed outputs unknown and the program's inputs as given", async () => {
      const account = new storage.StorageAccount("sa", {
        resourceGroupName: "rg-sim",
        accountName: "stsim",
        kind: "StorageV2",
        sku: { name: "Standard_LRS" },
      });
      assert.strictEqual(await isKnown(account.primaryEndpoints), false);
      assert.strictEqual(await isKnown(account.provisioningState), false);
      assert.strictEqual(await unwrap(account.kind), "StorageV2");
      await settle();
      assert.deepStrictEqual(mocks.one("azure-native:storage:StorageAccount").inputs, {
        resourceGroupName: "rg-sim",
        accountName: "stsim",
        kind: "StorageV2",
        sku: { name: "Standard_LRS" },
      });
    });

    it("registers a private endpoint whose connection list is unknown as a whole", async () => {
      const account = new storage.StorageAccount("sa-pe", {
        resourceGroupName: "rg-sim",
        kind: "StorageV2",
        sku: { name: "Standard_LRS" },
      });
      const endpoint = new network.PrivateEndpoint("pe", {
        resourceGroupName: "rg-sim",
        subnet: {
          id: "/subscriptions/s/resourceGroups/rg-sim/providers/Microsoft.Network/virtualNetworks/v/subnets/pe",
        },
        privateLinkServiceConnections: account.id.apply((id) => [
          { name: "blob", privateLinkServiceId: id, groupIds: ["blob"] },
        ]),
      });
      assert.strictEqual(await isKnown(endpoint.customDnsConfigs), false);
      assert.strictEqual(await isKnown(endpoint.networkInterfaces), false);
      await settle();
      assert.strictEqual(mocks.ofType("azure-native:network:PrivateEndpoint").length, 1);
    });
  });
});
