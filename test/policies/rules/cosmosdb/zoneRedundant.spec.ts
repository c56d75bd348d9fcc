import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { cosmosZoneRedundant as rule } from "../../../../policies/rules/cosmosdb/zoneRedundant";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { accountWith, compliantAccount } from "./fixtures";

describe("cosmos-zone-redundant", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.cosmosAccount, compliantAccount())),
      [],
    ));

  it("reports each region without zone redundancy", () => {
    const locations = [
      { locationName: "westeurope", failoverPriority: 0, isZoneRedundant: true },
      { locationName: "northeurope", failoverPriority: 1 },
      { locationName: "swedencentral", failoverPriority: 2, isZoneRedundant: false },
    ];
    const result = runResourcePolicy(rule, T.cosmosAccount, accountWith({ locations }));
    assert.deepStrictEqual(messages(result), [
      "locations[1] ('northeurope') is not zone redundant; set isZoneRedundant to true.",
      "locations[2] ('swedencentral') is not zone redundant; set isZoneRedundant to true.",
    ]);
    assert.strictEqual(result.violations[0].enforcementLevel, "advisory");
  });

  it("is skipped at preview when the locations are unknown", () => {
    const result = runResourcePolicy(rule, T.cosmosAccount, accountWith({ locations: UNKNOWN }));
    assert.deepStrictEqual(result.violations, []);
    assert.match(result.unknown ?? "", /\.locations/);
  });
});
