import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgNoInternetRemoteAccess as rule } from "../../../../policies/rules/network/nsgNoInternetRemoteAccess";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { nsg, nsgWith, securityRule } from "./fixtures";

const open = (fields: Record<string, unknown> = {}) => ({
  name: "allow-ssh",
  priority: 100,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  sourceAddressPrefix: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: "22",
  ...fields,
});
const run = (
  props: object,
  type: string = T.networkSecurityGroup,
  config?: Record<string, unknown>,
) => runResourcePolicy(rule, type, props, { config });

describe("nsg-no-internet-remote-access", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(nsg())), []));

  it("reports SSH open to any source, as mandatory", () => {
    const result = run(nsgWith(open()));
    assert.deepStrictEqual(messages(result), [
      "securityRules[0] ('allow-ssh') allows inbound port 22 from '*'; allow only known source ranges, or use Azure Bastion.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports RDP inside a port range and the Internet service tag in a prefix list", () =>
    assert.deepStrictEqual(
      messages(
        run(
          nsgWith(
            open({
              name: "allow-mgmt",
              sourceAddressPrefix: undefined,
              sourceAddressPrefixes: ["10.0.0.0/8", "Internet"],
              destinationPortRange: undefined,
              destinationPortRanges: ["3380-3390"],
            }),
          ),
        ),
      ),
      [
        "securityRules[0] ('allow-mgmt') allows inbound port 3389 from 'internet'; allow only known source ranges, or use Azure Bastion.",
      ],
    ));

  it("reports every port of a rule that opens all of them, on a standalone rule", () =>
    assert.deepStrictEqual(
      messages(
        run(
          securityRule(open({ destinationPortRange: "*", sourceAddressPrefix: "0.0.0.0/0" })),
          T.securityRule,
        ),
      ),
      [
        "The rule allows inbound port 22 from '0.0.0.0/0'; allow only known source ranges, or use Azure Bastion.",
        "The rule allows inbound port 3389 from '0.0.0.0/0'; allow only known source ranges, or use Azure Bastion.",
      ],
    ));

  it("checks a configured custom SSH port, at the edge of a range", () => {
    const rule2222 = nsgWith(open({ destinationPortRange: "2200-2222" }));
    assert.deepStrictEqual(
      messages(run(rule2222, T.networkSecurityGroup, { remoteAccessPorts: [2222] })),
      [
        "securityRules[0] ('allow-ssh') allows inbound port 2222 from '*'; allow only known source ranges, or use Azure Bastion.",
      ],
    );
    assert.deepStrictEqual(
      messages(run(rule2222, T.networkSecurityGroup, { remoteAccessPorts: [2223] })),
      [],
    );
  });

  it("ignores known sources, deny rules, outbound rules and UDP", () => {
    for (const fields of [
      { sourceAddressPrefix: "10.0.0.0/8" },
      { access: "Deny" },
      { direction: "Outbound" },
      { protocol: "Udp" },
    ]) {
      assert.deepStrictEqual(messages(run(nsgWith(open(fields)))), [], JSON.stringify(fields));
    }
  });

  it("is skipped at preview when a rule's source is unknown", () =>
    assert.strictEqual(
      run(nsgWith(open({ sourceAddressPrefix: UNKNOWN }))).unknown,
      "string value at .securityRules.0.sourceAddressPrefix can't be known during preview",
    ));

  it("does not apply to other types", () =>
    assert.deepStrictEqual(
      run({}, T.virtualNetwork).notApplicable,
      "Policy only applies to resources of type 'azure-native:network:NetworkSecurityGroup,azure-native:network:SecurityRule'",
    ));
});
