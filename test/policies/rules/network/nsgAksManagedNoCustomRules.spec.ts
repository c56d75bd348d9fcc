import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { nsgAksManagedNoCustomRules as rule } from "../../../../policies/rules/network/nsgAksManagedNoCustomRules";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { httpsFromVnet, nsg, securityRule } from "./fixtures";

const AKS_NSG = "aks-agentpool-12345678-nsg";
const serviceRule = () => ({
  ...httpsFromVnet(),
  name: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6-TCP-443-Internet",
  sourceAddressPrefix: "Internet",
});
const aksNsg = (...rules: object[]) => ({
  ...nsg(),
  networkSecurityGroupName: AKS_NSG,
  securityRules: rules,
});

describe("nsg-aks-managed-no-custom-rules", () => {
  it("passes an AKS-managed NSG with only the rules AKS writes", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.networkSecurityGroup, aksNsg(serviceRule()))),
      [],
    ));

  it("passes custom rules on an NSG AKS does not manage", () =>
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.networkSecurityGroup, nsg())), []));

  it("reports a hand-written rule on the AKS-managed NSG", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.networkSecurityGroup, aksNsg(serviceRule(), httpsFromVnet())),
      ),
      [
        `securityRules[1] ('allow-https-vnet') is a custom rule on the AKS-managed network security group '${AKS_NSG}'; AKS may overwrite it, so filter traffic elsewhere.`,
      ],
    ));

  it("reports a standalone rule added to the AKS-managed NSG", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.securityRule, {
          ...securityRule(httpsFromVnet()),
          networkSecurityGroupName: AKS_NSG,
        }),
      ),
      [
        `The rule is a custom rule on the AKS-managed network security group '${AKS_NSG}'; AKS may overwrite it, so filter traffic elsewhere.`,
      ],
    ));

  it("is skipped at preview when the NSG's name is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(rule, T.networkSecurityGroup, {
        ...nsg(),
        networkSecurityGroupName: UNKNOWN,
      }).unknown,
      "string value at .networkSecurityGroupName can't be known during preview",
    ));
});
