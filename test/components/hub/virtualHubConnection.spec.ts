import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { VirtualHubConnection, VirtualHubConnectionArgs } from "../../../components/hub";
import { assertInputErrors } from "../../helpers/inputErrors";
import { group, hub, sub } from "../../helpers/fixtures";
import { isKnown, mocksPerSpec, settle, unwrap } from "../../helpers/mocks";

const CONNECTION = "azure-native:network:HubVirtualNetworkConnection";
const virtualHub = `${hub}/providers/Microsoft.Network/virtualHubs/vhub-weu`;
const spokeVnet = `${group}/providers/Microsoft.Network/virtualNetworks/vnet-spoke`;
const hubTable = (hubId: string, name: string) => `${hubId}/hubRouteTables/${name}`;

const args = (extra: Partial<VirtualHubConnectionArgs> = {}): VirtualHubConnectionArgs => ({
  virtualHubResourceId: virtualHub,
  spokeVirtualNetworkResourceId: spokeVnet,
  ...extra,
});

describe("VirtualHubConnection", () => {
  describe("at a first preview", () => {
    const mocks = mocksPerSpec(true);

    it("connects the spoke under the hub, in the hub's group, with internet security on", async () => {
      const connection = new VirtualHubConnection("spoke", args());
      await settle();
      const resource = mocks.one(CONNECTION);
      assert.deepStrictEqual(resource.inputs, {
        resourceGroupName: "rg-hub",
        virtualHubName: "vhub-weu",
        connectionName: "conn-spoke",
        remoteVirtualNetwork: { id: spokeVnet },
        enableInternetSecurity: true,
      });
      assert.strictEqual(connection.connectionName, "conn-spoke");
      assert.strictEqual(await isKnown(connection.resourceId), true);
      assert.strictEqual(
        await unwrap(connection.resourceId),
        `${virtualHub}/hubVirtualNetworkConnections/conn-spoke`,
      );
    });

    it("turns internet security off only when asked, and uses the given route tables", async () => {
      const custom = hubTable(virtualHub, "rt-spokes");
      const shared = hubTable(virtualHub, "rt-shared");
      new VirtualHubConnection(
        "spoke",
        args({
          enableInternetSecurity: false,
          connectionName: "conn-ml",
          routing: {
            associatedRouteTableResourceId: custom,
            propagatedRouteTableResourceIds: [custom, shared],
            propagatedRouteTableLabels: ["spokes"],
          },
        }),
      );
      await settle();
      const resource = mocks.one(CONNECTION);
      assert.strictEqual(resource.inputs.enableInternetSecurity, false);
      assert.strictEqual(resource.inputs.connectionName, "conn-ml");
      assert.deepStrictEqual(resource.inputs.routingConfiguration, {
        associatedRouteTable: { id: custom },
        propagatedRouteTables: { ids: [{ id: custom }, { id: shared }], labels: ["spokes"] },
      });
    });
  });

  describe("a hub in another subscription", () => {
    mocksPerSpec();
    const original = pulumi.log.warn;
    afterEach(() => {
      (pulumi.log as { warn: typeof pulumi.log.warn }).warn = original;
    });

    it("warns that the component needs the hub subscription's provider", async () => {
      const warnings: string[] = [];
      (pulumi.log as { warn: (m: string) => Promise<void> }).warn = (m: string) => {
        warnings.push(m);
        return Promise.resolve();
      };
      const other = "11111111-2222-3333-4444-555555555555";
      new VirtualHubConnection(
        "spoke",
        args({ virtualHubResourceId: virtualHub.replace(sub, other) }),
      );
      new VirtualHubConnection("same", args());
      await settle();
      assert.deepStrictEqual(warnings, [
        `ailz:hub:VirtualHubConnection spoke: the virtual hub is in subscription ${other} but the provider deploys into ${sub}; pass { provider } for the hub's subscription, or the connection is not found.`,
      ]);
    });
  });

  describe("bad input", () => {
    mocksPerSpec();

    it("names a wrong hub ID type, a missing spoke, a bad name and another hub's route tables", () => {
      const otherHub = `${hub}/providers/Microsoft.Network/virtualHubs/vhub-neu`;
      assertInputErrors(
        () =>
          new VirtualHubConnection("spoke", {
            virtualHubResourceId: `${hub}/providers/Microsoft.Network/virtualWans/vwan`,
            spokeVirtualNetworkResourceId: undefined as unknown as string,
            connectionName: "-bad",
            routing: {
              associatedRouteTableResourceId: `${group}/providers/Microsoft.Network/routeTables/rt`,
            },
          }),
        [
          {
            propertyPath: "virtualHubResourceId",
            reason: "expected a Microsoft.Network/virtualHubs ID",
          },
          { propertyPath: "spokeVirtualNetworkResourceId", reason: "is required" },
          { propertyPath: "connectionName", reason: "is not a connection name" },
          {
            propertyPath: "routing.associatedRouteTableResourceId",
            reason: "expected a Microsoft.Network/virtualHubs/hubRouteTables ID",
          },
        ],
      );
      assertInputErrors(
        () =>
          new VirtualHubConnection(
            "spoke",
            args({
              routing: {
                associatedRouteTableResourceId: hubTable(virtualHub, "defaultRouteTable"),
                propagatedRouteTableResourceIds: [hubTable(otherHub, "defaultRouteTable")],
              },
            }),
          ),
        [
          {
            propertyPath: "routing.propagatedRouteTableResourceIds[0]",
            reason: "is a route table of another hub",
          },
        ],
      );
    });

    it("requires the hub's ID", () => {
      assertInputErrors(
        () =>
          new VirtualHubConnection("spoke", {
            spokeVirtualNetworkResourceId: spokeVnet,
          } as VirtualHubConnectionArgs),
        [{ propertyPath: "virtualHubResourceId", reason: "is required" }],
      );
    });
  });
});
