import * as assert from "assert";
import { durationDays, durationSeconds } from "../../../policies/facts/isoDuration";

describe("facts/isoDuration", () => {
  describe("durationSeconds: day-time durations", () => {
    const plain: [string, number | undefined][] = [
      ["PT120S", 120],
      ["PT2M", 120],
      ["PT1H", 3600],
      ["PT1M30S", 90],
      ["P7D", 604800],
      ["P1DT12H", 129600],
      ["P0D", 0],
      ["P", undefined],
      ["PT", undefined],
      ["P1DT", undefined],
      ["120", undefined],
      ["P1Y", undefined],
      ["P1M", undefined],
      ["PT1.5S", undefined],
      ["pt120s", undefined],
    ];
    for (const [text, seconds] of plain) {
      it(`reads "${text}" as ${seconds} in the plain form`, () =>
        assert.strictEqual(durationSeconds(text), seconds));
    }

    it("takes fractions of a second only where the reader allows them", () => {
      assert.deepStrictEqual(
        ["PT0.5S", "PT1.5M", "P1.5D"].map((t) => durationSeconds(t, { fractions: "seconds" })),
        [0.5, undefined, undefined],
      );
      assert.deepStrictEqual(
        ["PT0.5S", "PT1.5M", "P0.5DT1H"].map((t) => durationSeconds(t, { fractions: "all" })),
        [0.5, 90, 46800],
      );
    });

    it("is undefined for anything but a string", () =>
      assert.deepStrictEqual(
        [120, null, undefined].map((t) => durationSeconds(t)),
        [undefined, undefined, undefined],
      ));
  });

  describe("durationDays: calendar durations, a year 365 days and a month 30", () => {
    const plain: [string, number | undefined][] = [
      ["P90D", 90],
      ["P1Y", 365],
      ["P1Y6M", 545],
      ["P2Y", 730],
      ["P", undefined],
      ["P2W", undefined],
      ["PT1H", undefined],
      ["P1.5Y", undefined],
      ["p90d", undefined],
    ];
    for (const [text, days] of plain) {
      it(`reads "${text}" as ${days} in the plain form`, () =>
        assert.strictEqual(durationDays(text), days));
    }

    it("counts weeks only where the reader allows them", () => {
      assert.strictEqual(durationDays("P2W", { weeks: true }), 14);
      assert.strictEqual(durationDays("P1Y2W3D", { weeks: true }), 382);
    });
  });
});
