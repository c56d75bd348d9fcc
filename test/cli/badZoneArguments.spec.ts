import * as assert from "assert";
import * as path from "path";
import { EXIT_FAILED } from "../../cli/errors";
import { previewInProcess } from "../helpers/gateInProcess";

const fixture = path.resolve(__dirname, "..", "fixtures", "gate", "bad-zone-arguments");

describe("ailz preview: a program that gives AiLandingZone bad arguments", function () {
  this.timeout(60_000);

  it("exits 2 naming the zone, then every problem of the zone and its children at the zone's paths", async () => {
    const outcome = await previewInProcess(fixture, "preview", []);
    assert.strictEqual(outcome.code, EXIT_FAILED);
    assert.strictEqual(EXIT_FAILED, 2);
    assert.deepStrictEqual(outcome.error?.message.split("\n"), [
      'test/fixtures/gate/bad-zone-arguments/index.ts: the program failed at index.ts:5:1: ailz:index:AiLandingZone "lz" has invalid arguments:',
      "  - budgetAmount: must be a number above 0 (the monthly budget in the billing currency)",
      "  - keyVault.softDeleteRetentionInDays: 3 is out of range: use a whole number of days from 7 to 90",
      '  - storage.accountName: "Bad_Name" is not a valid name: use 3-24 lowercase letters or digits',
      "  - slots.blue.weight: 150 is not a weight: use a whole percentage from 0 to 100",
    ]);
  });
});
