import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { vmEntraLogin as rule } from "../../../../policies/rules/compute/entraLogin";
import {
  messages,
  runStackPolicy,
  stackResource,
  UNKNOWN,
  urnOf,
} from "../../../helpers/policyArgs";
import { scaleSet, vm } from "./fixtures";

const entra = { publisher: "Microsoft.Azure.ActiveDirectory", type: "AADSSHLoginForLinux" };
const jumpBox = (extra: Record<string, unknown> = {}) =>
  stackResource(T.virtualMachine, "jumpbox", {
    ...vm(),
    identity: { type: "SystemAssigned" },
    ...extra,
  });
const vmExtension = (props: Record<string, unknown> = {}, o = {}) =>
  stackResource(
    T.virtualMachineExtension,
    "jumpbox-entra-login",
    {
      resourceGroupName: "rg",
      vmName: "vm-ops",
      vmExtensionName: "AADSSHLoginForLinux",
      ...entra,
      ...props,
    },
    o,
  );
/** The scale set; `identity: "omit"` leaves the identity out. */
const agents = (
  extensions: unknown[] | undefined,
  identity: unknown = { type: "SystemAssigned" },
) => {
  const props: Record<string, any> = scaleSet();
  if (extensions !== undefined) props.virtualMachineProfile.extensionProfile = { extensions };
  if (identity !== "omit") props.identity = identity;
  return stackResource(T.virtualMachineScaleSet, "agents", props);
};

describe("vm-entra-login", () => {
  it("passes a VM with the extension and a scale set with it inline, both with system identities", () => {
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          jumpBox(),
          vmExtension(),
          agents([{ name: "AADSSHLoginForLinux", ...entra, typeHandlerVersion: "1.0" }]),
        ]),
      ),
      [],
    );
  });

  it("accepts Windows login, an extension resource for a scale set, and one that names the VM by its output", () => {
    const windows = stackResource(T.virtualMachine, "win", {
      resourceGroupName: "rg",
      vmName: UNKNOWN,
      identity: { type: "SystemAssigned, UserAssigned" },
    });
    const set = agents(undefined);
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          windows,
          vmExtension(
            { vmName: UNKNOWN, type: "AADLoginForWindows" },
            { propertyDependencies: { vmName: [windows] } },
          ),
          set,
          stackResource(T.virtualMachineScaleSetExtension, "agents-entra", {
            resourceGroupName: "rg",
            vmScaleSetName: "vmss-ci",
            ...entra,
          }),
        ]),
      ),
      [],
    );
  });

  it("reports a VM and a scale set without the extension, as advisory", () => {
    const result = runStackPolicy(rule, [jumpBox(), agents(undefined)]);
    assert.deepStrictEqual(messages(result), [
      "The VM 'jumpbox' has no Entra ID login extension; add AADSSHLoginForLinux (or AADLoginForWindows) from Microsoft.Azure.ActiveDirectory.",
      "The scale set 'agents' has no Entra ID login extension; add AADSSHLoginForLinux (or AADLoginForWindows) from Microsoft.Azure.ActiveDirectory.",
    ]);
    assert.deepStrictEqual(
      result.violations.map((v) => [v.urn, v.enforcementLevel]),
      [
        [urnOf(T.virtualMachine, "jumpbox"), "advisory"],
        [urnOf(T.virtualMachineScaleSet, "agents"), "advisory"],
      ],
    );
  });

  it("does not count another extension, one for another VM or one in another resource group", () => {
    for (const other of [
      vmExtension({ publisher: "Microsoft.Azure.Extensions", type: "CustomScript" }),
      vmExtension({ vmName: "vm-other" }),
      vmExtension({ resourceGroupName: "rg-other" }),
    ]) {
      assert.deepStrictEqual(messages(runStackPolicy(rule, [jumpBox(), other])), [
        "The VM 'jumpbox' has no Entra ID login extension; add AADSSHLoginForLinux (or AADLoginForWindows) from Microsoft.Azure.ActiveDirectory.",
      ]);
    }
  });

  it("reports a machine without a system-assigned identity", () => {
    for (const identity of ["omit", { type: "UserAssigned" }]) {
      assert.deepStrictEqual(messages(runStackPolicy(rule, [agents([entra], identity)])), [
        `The scale set 'agents' has no system-assigned identity, which Entra ID login needs; set identity.type to "SystemAssigned".`,
      ]);
    }
    assert.deepStrictEqual(
      messages(runStackPolicy(rule, [jumpBox({ identity: { type: "None" } }), vmExtension()])),
      [
        `The VM 'jumpbox' has no system-assigned identity, which Entra ID login needs; set identity.type to "SystemAssigned".`,
      ],
    );
  });

  it("gives the benefit of the doubt to values unknown at preview", () => {
    assert.deepStrictEqual(
      messages(
        runStackPolicy(rule, [
          jumpBox({ identity: UNKNOWN }),
          vmExtension({ vmName: UNKNOWN }),
          agents(UNKNOWN as unknown as unknown[]),
        ]),
      ),
      [],
    );
  });
});
