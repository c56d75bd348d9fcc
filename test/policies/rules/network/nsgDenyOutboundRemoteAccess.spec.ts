import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgDenyOutboundRemoteAccess as rule } from "../../../../policies/rules/network/nsgDenyOutboundRemoteAccess";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { denyOutboundRemoteAccess, httpsFromVnet, nsg } from "./fixtures";

const MESSAGE =
  "No outbound rule denies SSH (22) or RDP (3389) to 'VirtualNetwork'; add an outbound Deny rule for them.";
const withRules = (...rules: object[]) => ({ ...nsg(), securityRules: rules });
const run = (props: object) => runResourcePolicy(rule, T.networkSecurityGroup, props);

describe("nsg-deny-outbound-remote-access", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(nsg())), []));

  it("reports an NSG with only the default rules, as advisory", () => {
    const result = run(withRules(httpsFromVnet()));
    assert.deepStrictEqual(messages(result), [MESSAGE]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports a deny that an earlier outbound allow overrides", () => {
    const allowFirst = {
      ...denyOutboundRemoteAccess(),
      name: "allow-all-out",
      priority: 100,
      access: "Allow",
      destinationPortRanges: undefined,
      destinationPortRange: "*",
    };
    assert.deepStrictEqual(messages(run(withRules(allowFirst, denyOutboundRemoteAccess()))), [
      MESSAGE,
    ]);
  });

  it("passes when only RDP is denied, to every destination", () =>
    assert.deepStrictEqual(
      messages(
        run(
          withRules({
            ...denyOutboundRemoteAccess(),
            destinationAddressPrefix: "*",
            destinationPortRanges: ["3389"],
          }),
        ),
      ),
      [],
    ));

  it("is skipped at preview when an outbound rule's access is unknown", () =>
    assert.strictEqual(
      run(withRules({ ...denyOutboundRemoteAccess(), access: UNKNOWN })).unknown,
      "string value at .securityRules.0.access can't be known during preview",
    ));
});
