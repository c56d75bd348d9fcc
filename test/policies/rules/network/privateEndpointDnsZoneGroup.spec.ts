import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { privateEndpointDnsZoneGroup as rule } from "../../../../policies/rules/network/privateEndpointDnsZoneGroup";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";

const endpoint = (name: string, privateEndpointName: unknown = UNKNOWN) =>
  stackResource(T.privateEndpoint, name, { privateEndpointName });

describe("private-endpoint-dns-zone-group", () => {
  it("passes when each endpoint has a zone group depending on it", () => {
    const pe = endpoint("pe-kv");
    const group = stackResource(
      T.privateDnsZoneGroup,
      "pe-kv-dns",
      { privateEndpointName: UNKNOWN },
      { propertyDependencies: { privateEndpointName: [pe] } },
    );
    assert.deepStrictEqual(messages(runStackPolicy(rule, [pe, group])), []);
  });

  it("accepts a zone group that is a child of the endpoint", () => {
    const pe = endpoint("pe-kv");
    const group = stackResource(T.privateDnsZoneGroup, "dns", {}, { parent: pe });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [pe, group])), []);
  });

  it("accepts a zone group naming the endpoint by a known name", () => {
    const pe = endpoint("pe-kv", "pe-kv-0001");
    const group = stackResource(T.privateDnsZoneGroup, "dns", {
      privateEndpointName: "pe-kv-0001",
    });
    assert.deepStrictEqual(messages(runStackPolicy(rule, [pe, group])), []);
  });

  it("reports an endpoint without zone group, on the endpoint", () => {
    const result = runStackPolicy(rule, [endpoint("pe-st")]);
    assert.deepStrictEqual(messages(result), [
      "The private endpoint 'pe-st' has no private DNS zone group; add a network:PrivateDnsZoneGroup for it.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.privateEndpoint, "pe-st"));
  });

  it("reports nothing when the pack config says Azure Policy manages the zone groups", () => {
    const stack = [endpoint("pe-st"), endpoint("pe-kv")];
    assert.strictEqual(messages(runStackPolicy(rule, stack)).length, 2);
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, stack, { config: { policyManagedDnsZoneGroups: true } })),
      [],
    );
    assert.strictEqual(
      messages(runStackPolicy(rule, stack, { config: { policyManagedDnsZoneGroups: false } }))
        .length,
      2,
    );
  });
});
