import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { publicIpStandardSku as standard } from "../../../../policies/rules/network/publicIpStandardSku";
import { publicIpZoneRedundant as zones } from "../../../../policies/rules/network/publicIpZoneRedundant";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { publicIp } from "./fixtures";

describe("public-ip-standard-sku", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(
      messages(runResourcePolicy(standard, T.publicIpAddress, publicIp())),
      [],
    ));

  it("reports the Basic SKU and an unset SKU", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(standard, T.publicIpAddress, { ...publicIp(), sku: { name: "Basic" } }),
      ),
      ["sku.name is 'Basic'; set it to 'Standard'."],
    );
    const unset = publicIp();
    delete unset.sku;
    assert.deepStrictEqual(messages(runResourcePolicy(standard, T.publicIpAddress, unset)), [
      "sku.name is not set, so older API versions create a Basic address; set it to 'Standard'.",
    ]);
  });

  it("is skipped at preview when the SKU is unknown", () =>
    assert.strictEqual(
      runResourcePolicy(standard, T.publicIpAddress, { ...publicIp(), sku: { name: UNKNOWN } })
        .unknown,
      "string value at .sku.name can't be known during preview",
    ));
});

describe("public-ip-zone-redundant", () => {
  it("passes the compliant baseline", () =>
    assert.deepStrictEqual(messages(runResourcePolicy(zones, T.publicIpAddress, publicIp())), []));

  it("reports a zonal address and one without zones", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(zones, T.publicIpAddress, { ...publicIp(), zones: ["1", "2"] })),
      ["zones is ['1', '2']; set it to ['1', '2', '3']."],
    );
    const none = publicIp();
    delete none.zones;
    assert.deepStrictEqual(messages(runResourcePolicy(zones, T.publicIpAddress, none)), [
      "zones is not set, so the address lives in no particular zone; set zones to ['1', '2', '3'].",
    ]);
  });

  it("skips Basic addresses, Bastion addresses and configured zoneless regions", () => {
    const none = { ...publicIp(), zones: [] };
    assert.deepStrictEqual(
      messages(runResourcePolicy(zones, T.publicIpAddress, { ...none, sku: { name: "Basic" } })),
      [],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(zones, T.publicIpAddress, {
          ...none,
          tags: { "resource-usage": "azure-bastion" },
        }),
      ),
      [],
    );
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(
          zones,
          T.publicIpAddress,
          { ...none, location: "West Central US" },
          {
            config: { regionsWithoutZones: ["westcentralus"] },
          },
        ),
      ),
      [],
    );
  });

  it("is skipped at preview when the zones are unknown", () =>
    assert.strictEqual(
      runResourcePolicy(zones, T.publicIpAddress, { ...publicIp(), zones: UNKNOWN }).unknown,
      "string value at .zones can't be known during preview",
    ));
});
