import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { aksKeyVaultSecretsProvider as rule } from "../../../../policies/rules/aks/keyVaultSecretsProvider";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";
import { clusterWith, compliantCluster } from "./fixtures";

const AT = "addonProfiles.azureKeyvaultSecretsProvider";
const withProvider = (azureKeyvaultSecretsProvider: unknown) =>
  clusterWith({ addonProfiles: { azurepolicy: { enabled: true }, azureKeyvaultSecretsProvider } });
const run = (props: Record<string, unknown>) => runResourcePolicy(rule, T.managedCluster, props);

describe("aks-key-vault-secrets-provider", () => {
  it("passes the compliant baseline, whatever the casing of 'true'", () => {
    const result = run(compliantCluster());
    assert.strictEqual(result.ran, true);
    assert.deepStrictEqual(messages(result), []);
    const upper = withProvider({ enabled: true, config: { enableSecretRotation: "True" } });
    assert.deepStrictEqual(messages(run(upper)), []);
  });

  it("reports the add-on missing or disabled as advisory", () => {
    const missing = run(withProvider(undefined));
    assert.deepStrictEqual(messages(missing), [
      `${AT}.enabled must be true; the add-on is not declared.`,
    ]);
    assert.strictEqual(missing.violations[0].enforcementLevel, "advisory");
    assert.deepStrictEqual(messages(run(withProvider({ enabled: false }))), [
      `${AT}.enabled must be true; it is false.`,
    ]);
  });

  it("reports secret rotation off or unset on an enabled add-on", () => {
    const off = withProvider({ enabled: true, config: { enableSecretRotation: "false" } });
    assert.deepStrictEqual(messages(run(off)), [
      `${AT}.config.enableSecretRotation must be 'true'; it is 'false'.`,
    ]);
    assert.deepStrictEqual(messages(run(withProvider({ enabled: true }))), [
      `${AT}.config.enableSecretRotation must be 'true'; it is not set.`,
    ]);
  });

  it("does not read the rotation of a disabled add-on", () => {
    const props = withProvider({ enabled: false, config: { enableSecretRotation: UNKNOWN } });
    const result = run(props);
    assert.strictEqual(result.unknown, undefined);
    assert.deepStrictEqual(messages(result), [`${AT}.enabled must be true; it is false.`]);
  });

  it("is skipped at preview when the rotation flag is unknown", () => {
    const result = run(withProvider({ enabled: true, config: { enableSecretRotation: UNKNOWN } }));
    assert.deepStrictEqual(result.violations, []);
    assert.strictEqual(
      result.unknown,
      "string value at .addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation can't be known during preview",
    );
  });
});
