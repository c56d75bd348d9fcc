import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { vmNoPublicIp as rule } from "../../../../policies/rules/compute/noPublicIp";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { nic, scaleSet } from "./fixtures";

describe("vm-no-public-ip", () => {
  it("passes a private NIC and a private scale set", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.networkInterface, nic())), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.virtualMachineScaleSet, scaleSet())),
      [],
    );
  });

  it("reports a NIC with a public IP, even one unknown at preview, as mandatory", () => {
    const props = nic();
    props.ipConfigurations[0].publicIPAddress = { id: UNKNOWN };
    const result = runResourcePolicy(rule, T.networkInterface, props);
    assert.deepStrictEqual(messages(result), [
      "ipConfigurations[0] has a publicIPAddress; remove it.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("reports a scale set whose instances get public IPs", () => {
    const props = scaleSet();
    props.virtualMachineProfile.networkProfile.networkInterfaceConfigurations[0].ipConfigurations[0].publicIPAddressConfiguration =
      { name: "pip" };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachineScaleSet, props)), [
      "virtualMachineProfile.networkProfile.networkInterfaceConfigurations[0].ipConfigurations[0] has a publicIPAddressConfiguration; remove it.",
    ]);
  });

  it("is skipped at preview when the IP configurations are unknown", () => {
    const result = runResourcePolicy(rule, T.networkInterface, {
      ...nic(),
      ipConfigurations: UNKNOWN,
    });
    assert.match(result.unknown ?? "", /ipConfigurations/);
  });
});
