import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { keyVaultRbacAuthorization as rule } from "../../../../policies/rules/keyvault/rbacAuthorization";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { vault, vaultWith } from "./fixtures";

const run = (props: object) => runResourcePolicy(rule, T.vault, props);

describe("key-vault-rbac-authorization", () => {
  it("passes the compliant baseline", () => assert.deepStrictEqual(messages(run(vault())), []));

  it("reports the access-policy model", () =>
    assert.deepStrictEqual(messages(run(vaultWith({ enableRbacAuthorization: false }))), [
      "properties.enableRbacAuthorization is false; set it to true.",
    ]));

  it("reports the model left to the Azure default", () => {
    const props = vault();
    delete props.properties.enableRbacAuthorization;
    assert.deepStrictEqual(messages(run(props)), [
      "properties.enableRbacAuthorization is not set; set it to true.",
    ]);
  });

  it("reports access policies next to RBAC", () =>
    assert.deepStrictEqual(
      messages(
        run(
          vaultWith({
            accessPolicies: [{ objectId: "o", tenantId: "t", permissions: { keys: ["get"] } }],
          }),
        ),
      ),
      ["properties.accessPolicies grants access outside RBAC; remove the access policies."],
    ));

  it("reports a standalone access policy resource, whatever it grants", () =>
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.vaultAccessPolicy, {
          resourceGroupName: "rg-ai",
          vaultName: "kv-ai",
          policy: { objectId: "o", tenantId: "t", permissions: { secrets: ["get"] } },
        }),
      ),
      [
        "This access policy grants data-plane access outside RBAC; remove it and assign a Key Vault data role instead.",
      ],
    ));

  it("is skipped at preview when the wrapped properties object is unknown", () =>
    assert.strictEqual(
      run({ ...vault(), properties: UNKNOWN }).unknown,
      "string value at .properties can't be known during preview",
    ));
});
