import * as assert from "assert";
import type { PrivateEndpointArgs } from "@pulumi/azure-native/network";
import { Props, T } from "../../../../policies/lib";
import { privateEndpointAutoApproved as rule } from "../../../../policies/rules/network/privateEndpointAutoApproved";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const endpoint = (): Props<PrivateEndpointArgs> => ({
  resourceGroupName: "rg-ai",
  subnet: {
    id: "/subscriptions/s/resourceGroups/rg-ai/providers/Microsoft.Network/virtualNetworks/v/subnets/pe",
  },
  privateLinkServiceConnections: [
    { name: "kv", privateLinkServiceId: "/subscriptions/s/.../vaults/kv-ai", groupIds: ["vault"] },
  ],
});
const run = (props: object) => runResourcePolicy(rule, T.privateEndpoint, props);

describe("private-endpoint-auto-approved", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(endpoint())), []));

  it("reports a manual approval connection", () => {
    const props = endpoint();
    delete props.privateLinkServiceConnections;
    assert.deepStrictEqual(
      messages(
        run({
          ...props,
          manualPrivateLinkServiceConnections: [
            { name: "kv", privateLinkServiceId: "/x", groupIds: ["vault"] },
          ],
        }),
      ),
      [
        "manualPrivateLinkServiceConnections is set, so the connection waits for manual approval; use privateLinkServiceConnections.",
      ],
    );
  });

  it("reports an endpoint without connections", () =>
    assert.deepStrictEqual(messages(run({ ...endpoint(), privateLinkServiceConnections: [] })), [
      "privateLinkServiceConnections is empty; connect the endpoint to its target service.",
    ]));

  it("does not read an unknown target id", () => {
    const result = run({
      ...endpoint(),
      privateLinkServiceConnections: [
        { name: "kv", privateLinkServiceId: UNKNOWN, groupIds: ["vault"] },
      ],
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(result.unknown, undefined);
  });

  it("is skipped at preview when the connection list is unknown", () =>
    assert.strictEqual(
      run({ ...endpoint(), privateLinkServiceConnections: UNKNOWN }).unknown,
      "string value at .privateLinkServiceConnections can't be known during preview",
    ));
});
