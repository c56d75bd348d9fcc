import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { vmTrustedLaunch as rule } from "../../../../policies/rules/compute/trustedLaunch";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { scaleSet, vm } from "./fixtures";

describe("vm-trusted-launch", () => {
  it("passes trusted-launch VMs and scale sets, and confidential VMs", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachine, vm())), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.virtualMachineScaleSet, scaleSet())),
      [],
    );
    const confidential = vm();
    confidential.securityProfile.securityType = "ConfidentialVM";
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachine, confidential)), []);
  });

  it("reports a VM without trusted launch, as advisory", () => {
    const plain = vm();
    delete plain.securityProfile.securityType;
    const result = runResourcePolicy(rule, T.virtualMachine, plain);
    assert.deepStrictEqual(messages(result), [
      'securityProfile.securityType is not set; set it to "TrustedLaunch".',
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports secure boot or the vTPM off", () => {
    const props = scaleSet();
    props.virtualMachineProfile.securityProfile.uefiSettings = { secureBootEnabled: false };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachineScaleSet, props)), [
      "virtualMachineProfile.securityProfile.uefiSettings.secureBootEnabled is not true; set it to true.",
      "virtualMachineProfile.securityProfile.uefiSettings.vTpmEnabled is not true; set it to true.",
    ]);
  });

  it("is skipped at preview when the security type is unknown", () => {
    const props = vm();
    props.securityProfile.securityType = UNKNOWN;
    assert.match(runResourcePolicy(rule, T.virtualMachine, props).unknown ?? "", /securityType/);
  });
});
