import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { vmEncryptionAtHost as rule } from "../../../../policies/rules/compute/encryptionAtHost";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { scaleSet, vm } from "./fixtures";

describe("vm-encryption-at-host", () => {
  it("passes host-encrypted VMs and scale sets", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachine, vm())), []);
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.virtualMachineScaleSet, scaleSet())),
      [],
    );
  });

  it("reports encryption at host off or unset, as advisory", () => {
    const off = vm();
    off.securityProfile.encryptionAtHost = false;
    const result = runResourcePolicy(rule, T.virtualMachine, off);
    assert.deepStrictEqual(messages(result), [
      "securityProfile.encryptionAtHost is false; set it to true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
    const unset = scaleSet();
    delete unset.virtualMachineProfile.securityProfile;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.virtualMachineScaleSet, unset)), [
      "virtualMachineProfile.securityProfile.encryptionAtHost is not set; set it to true.",
    ]);
  });

  it("is skipped at preview when the setting is unknown", () => {
    const props = vm();
    props.securityProfile.encryptionAtHost = UNKNOWN;
    assert.match(
      runResourcePolicy(rule, T.virtualMachine, props).unknown ?? "",
      /encryptionAtHost/,
    );
  });
});
