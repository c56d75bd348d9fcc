import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { bastionStandardSku as rule } from "../../../../policies/rules/network/bastionStandardSku";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const bastion = (sku?: unknown): Record<string, any> => ({
  resourceGroupName: "rg",
  ...(sku === undefined ? {} : { sku: { name: sku } }),
  enableTunneling: false,
});

describe("bastion-standard-sku", () => {
  it("passes Standard and Premium", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.bastionHost, bastion("Standard"))),
      [],
    );
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.bastionHost, bastion("Premium"))),
      [],
    );
  });

  it("reports Basic, Developer and an unset SKU, as advisory", () => {
    const basic = runResourcePolicy(rule, T.bastionHost, bastion("Basic"));
    assert.deepStrictEqual(messages(basic), [
      'sku.name is "Basic"; set it to "Standard" or "Premium".',
    ]);
    assert.strictEqual(basic.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.bastionHost, bastion("Developer"))), [
      'sku.name is "Developer"; set it to "Standard" or "Premium".',
    ]);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.bastionHost, bastion())), [
      'sku.name is not set (Standard since API 2023-09; Basic before); set it to "Standard" or "Premium".',
    ]);
  });

  it("is skipped at preview when the SKU is unknown", () => {
    const result = runResourcePolicy(rule, T.bastionHost, bastion(UNKNOWN));
    assert.match(result.unknown ?? "", /name/);
  });
});
