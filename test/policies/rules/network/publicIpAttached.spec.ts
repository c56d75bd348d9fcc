import * as assert from "assert";
import { T, TYPE_GROUPS } from "../../../../policies/lib";
import { publicIpAttached as rule } from "../../../../policies/rules/network/publicIpAttached";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { publicIp } from "./fixtures";

const address = () => stackResource(T.publicIpAddress, "pip", publicIp());

describe("public-ip-attached", () => {
  it("passes an address a NIC uses (its id unknown at preview)", () => {
    const pip = address();
    const nic = stackResource(
      T.networkInterface,
      "nic",
      { ipConfigurations: [{ name: "ip", publicIPAddress: { id: UNKNOWN } }] },
      { propertyDependencies: { ipConfigurations: [pip] } },
    );
    const result = runStackPolicy(rule, [pip, nic]);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports an address only a diagnostic setting depends on, on the address", () => {
    const pip = address();
    const diag = stackResource(
      TYPE_GROUPS.diagnosticSetting[0],
      "diag",
      { resourceUri: UNKNOWN },
      {
        propertyDependencies: { resourceUri: [pip] },
      },
    );
    const result = runStackPolicy(rule, [pip, diag]);
    assert.deepStrictEqual(messages(result), [
      "The public IP address 'pip' is used by no other resource in the stack; attach it or remove it.",
    ]);
    assert.strictEqual(result.violations[0].urn, urnOf(T.publicIpAddress, "pip"));
  });
});
