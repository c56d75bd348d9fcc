import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { amlWorkspaceManagedNetworkIsolation as rule } from "../../../../policies/rules/ml/workspaceManagedNetworkIsolation";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantWorkspace } from "./fixtures";

const withMode = (isolationMode: string) => ({
  ...compliantWorkspace(),
  managedNetwork: { isolationMode },
});

describe("aml-workspace-managed-network-isolation", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, compliantWorkspace());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports internet outbound as mandatory", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, withMode("AllowInternetOutbound"));
    assert.deepStrictEqual(messages(result), [
      "managedNetwork.isolationMode must be 'AllowOnlyApprovedOutbound'; it is 'AllowInternetOutbound'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
  });

  it("accepts internet outbound when the config allows it", () => {
    const config = {
      allowedIsolationModes: ["AllowOnlyApprovedOutbound", "AllowInternetOutbound"],
    };
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.mlWorkspace, withMode("AllowInternetOutbound"), { config }),
      ),
      [],
    );
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.mlWorkspace, withMode("Disabled"), { config })),
      [
        "managedNetwork.isolationMode must be 'AllowOnlyApprovedOutbound', 'AllowInternetOutbound'; it is 'Disabled'.",
      ],
    );
  });

  it("reports a managed network without a mode", () => {
    const props = { ...compliantWorkspace(), managedNetwork: { enableNetworkMonitor: false } };
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlWorkspace, props)), [
      "managedNetwork.isolationMode must be 'AllowOnlyApprovedOutbound'; it is not set, so Azure disables isolation.",
    ]);
  });

  it("reports a workspace without a managed network", () => {
    const props = compliantWorkspace();
    delete props.managedNetwork;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.mlWorkspace, props)), [
      "managedNetwork.isolationMode must be 'AllowOnlyApprovedOutbound'; managedNetwork is not set, so compute has no managed isolation.",
    ]);
  });

  it("is skipped at preview when managedNetwork (wrapped whole by azure-native) is unknown", () => {
    const result = runResourcePolicy(rule, T.mlWorkspace, {
      ...compliantWorkspace(),
      managedNetwork: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .managedNetwork can't be known during preview",
    );
  });
});
