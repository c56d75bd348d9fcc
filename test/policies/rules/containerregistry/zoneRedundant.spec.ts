import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrZoneRedundant as rule } from "../../../../policies/rules/containerregistry/zoneRedundant";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { compliantRegistry } from "./fixtures";

describe("acr-zone-redundant", () => {
  it("passes the compliant baseline", () => {
    const result = runResourcePolicy(rule, T.registry, compliantRegistry());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
  });

  it("reports zone redundancy disabled (the azure-native default)", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      zoneRedundancy: "Disabled",
    });
    assert.deepStrictEqual(messages(result), [
      "zoneRedundancy must be 'Enabled'; it is 'Disabled'.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("reports an unset zoneRedundancy", () => {
    const props = compliantRegistry();
    delete props.zoneRedundancy;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.registry, props)), [
      "zoneRedundancy must be 'Enabled'; it is not set, so Azure disables it.",
    ]);
  });

  it("reports a geo-replica that is not zone-redundant", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.registryReplication, {
          resourceGroupName: "rg-ai",
          registryName: "acraiprod",
          location: "westeurope",
          zoneRedundancy: "Disabled",
        }),
      ),
      ["zoneRedundancy must be 'Enabled'; it is 'Disabled'."],
    ));

  it("is skipped at preview when zoneRedundancy is unknown", () => {
    const result = runResourcePolicy(rule, T.registry, {
      ...compliantRegistry(),
      zoneRedundancy: UNKNOWN,
    });
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .zoneRedundancy can't be known during preview",
    );
  });
});
