import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { vnetDnsServersLocal as local } from "../../../../policies/rules/network/vnetDnsServersLocal";
import { vnetDnsServersRedundant as redundant } from "../../../../policies/rules/network/vnetDnsServersRedundant";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { vnet } from "./fixtures";

const withDns = (...dnsServers: unknown[]) => ({ ...vnet(), dhcpOptions: { dnsServers } });

describe("vnet-dns-servers-redundant", () => {
  it("passes Azure-provided DNS and two custom servers", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(redundant, T.virtualNetwork, vnet())), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(redundant, T.virtualNetwork, withDns("10.42.0.4", "10.42.0.5"))),
      [],
    );
  });

  it("reports a single custom server", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(redundant, T.virtualNetwork, withDns("10.42.0.4"))),
      ["dhcpOptions.dnsServers lists one server ('10.42.0.4'); add a second one."],
    ));

  it("is skipped at preview when the servers are unknown", () =>
    assert.strictEqual(
      runResourcePolicy(redundant, T.virtualNetwork, { ...vnet(), dhcpOptions: UNKNOWN }).unknown,
      "string value at .dhcpOptions can't be known during preview",
    ));
});

describe("vnet-dns-servers-local", () => {
  it("passes a primary server inside the address space, at its last address", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(local, T.virtualNetwork, withDns("10.42.255.255", "8.8.8.8"))),
      [],
    ));

  it("reports a primary server just outside the address space", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(local, T.virtualNetwork, withDns("10.43.0.0", "10.42.0.4"))),
      [
        "dhcpOptions.dnsServers[0] '10.43.0.0' is outside the virtual network's address space and peered ranges; use a DNS server in the region.",
      ],
    ));

  it("accepts a peered network's range and a configured hub range", () => {
    const peered = {
      ...withDns("10.0.0.4"),
      virtualNetworkPeerings: [
        { name: "to-hub", remoteAddressSpace: { addressPrefixes: ["10.0.0.0/24"] } },
      ],
    };
    assert.deepStrictEqual(messages(runResourcePolicy(local, T.virtualNetwork, peered)), []);
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(local, T.virtualNetwork, withDns("10.0.0.4"), {
          config: { additionalLocalRanges: ["10.0.0.0/24"] },
        }),
      ),
      [],
    );
  });

  it("is skipped at preview when the address space is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(local, T.virtualNetwork, { ...withDns("10.0.0.4"), addressSpace: UNKNOWN })
        .unknown,
      "string value at .addressSpace can't be known during preview",
    ));
});
