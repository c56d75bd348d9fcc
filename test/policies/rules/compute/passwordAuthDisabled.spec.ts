import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { vmPasswordAuthDisabled as rule } from "../../../../policies/rules/compute/passwordAuthDisabled";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { scaleSet, vm } from "./fixtures";

describe("vm-password-auth-disabled", () => {
  it("passes key-only VMs and scale sets, and Windows VMs", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachine, vm())), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.virtualMachineScaleSet, scaleSet())),
      [],
    );
    const windows = { ...vm(), osProfile: { windowsConfiguration: { provisionVMAgent: true } } };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachine, windows)), []);
  });

  it("reports password login allowed or unset, as mandatory", () => {
    const allowed = vm();
    allowed.osProfile.linuxConfiguration.disablePasswordAuthentication = false;
    const result = runResourcePolicy(rule, T.virtualMachine, allowed);
    assert.deepStrictEqual(messages(result), [
      "osProfile.linuxConfiguration.disablePasswordAuthentication is false; set it to true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    const unset = scaleSet();
    delete unset.virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachineScaleSet, unset)), [
      "virtualMachineProfile.osProfile.linuxConfiguration.disablePasswordAuthentication is not set; set it to true.",
    ]);
  });

  it("is skipped at preview when the setting is unknown", () => {
    const props = vm();
    props.osProfile.linuxConfiguration.disablePasswordAuthentication = UNKNOWN;
    assert.match(runResourcePolicy(rule, T.virtualMachine, props).unknown ?? "", /disablePassword/);
  });
});
