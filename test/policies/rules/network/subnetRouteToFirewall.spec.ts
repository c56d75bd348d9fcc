import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { subnetRouteToFirewall as rule } from "../../../../policies/rules/network/subnetRouteToFirewall";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const firewall = () => stackResource(T.azureFirewall, "fw", { resourceGroupName: "rg-hub" });
const table = (nextHopType = "VirtualAppliance") =>
  stackResource(T.routeTable, "routes", {
    routes: [
      { name: "default", addressPrefix: "0.0.0.0/0", nextHopType, nextHopIpAddress: "10.40.0.4" },
    ],
  });
const subnet = (name: string, subnetName: unknown, routed: boolean) =>
  stackResource(T.subnet, name, {
    subnetName,
    addressPrefix: "10.42.1.0/24",
    ...(routed ? { routeTable: { id: UNKNOWN } } : {}),
  });

describe("subnet-route-to-firewall", () => {
  it("passes routed workload subnets and exempt platform subnets", () => {
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          firewall(),
          subnet("aks", "snet-aks", true),
          subnet("fw", "AzureFirewallSubnet", false),
          subnet("bastion", "AzureBastionSubnet", false),
        ]),
      ),
      [],
    );
  });

  it("asks nothing of a stack without a firewall or a default route to one", () => {
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [table("Internet"), subnet("aks", "snet-aks", false)])),
      [],
    );
  });

  it("reports an unrouted subnet when the stack has a firewall or a route to one, as advisory", () => {
    for (const egress of [firewall(), table()]) {
      const result = runStackPolicy(rule, [egress, subnet("training", "snet-training", false)]);
      assert.deepStrictEqual(messages(result), [
        "The subnet 'training' has no route table while the stack has an egress firewall; route its 0.0.0.0/0 through the firewall.",
      ]);
      assert.strictEqual(result.violations[0].urn, urnOf(T.subnet, "training"));
      assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    }
  });

  it("skips a subnet whose name is unknown at preview and judges the others", () => {
    const result = runStackPolicy(rule, [
      firewall(),
      subnet("unknown", UNKNOWN, false),
      subnet("training", "snet-training", false),
    ]);
    assert.deepStrictEqual(messages(result), [
      "The subnet 'training' has no route table while the stack has an egress firewall; route its 0.0.0.0/0 through the firewall.",
    ]);
  });
});
