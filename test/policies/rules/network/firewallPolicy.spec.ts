import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { firewallPolicyIdpsDeny } from "../../../../policies/rules/network/firewallPolicyIdpsDeny";
import { firewallPolicyThreatIntelDeny } from "../../../../policies/rules/network/firewallPolicyThreatIntelDeny";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

/** A firewall policy as EgressFirewall writes it. */
const policy = (): Record<string, any> => ({
  resourceGroupName: "rg-hub",
  firewallPolicyName: "afwp-hub",
  sku: { tier: "Premium" },
  threatIntelMode: "Deny",
  dnsSettings: { enableProxy: true },
  intrusionDetection: { mode: "Deny" },
});
const firewall = (): Record<string, any> => ({
  resourceGroupName: "rg-hub",
  sku: { name: "AZFW_VNet", tier: "Premium" },
  firewallPolicy: { id: UNKNOWN },
});

describe("firewall-policy-threat-intel-deny", () => {
  const rule = firewallPolicyThreatIntelDeny;

  it("passes a policy in Deny mode and a firewall that takes its policy's mode", () => {
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.firewallPolicy, policy())), []);
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.azureFirewall, firewall())), []);
  });

  it("reports Alert, Off and an unset mode, as mandatory", () => {
    const alert = runResourcePolicy(rule, T.firewallPolicy, {
      ...policy(),
      threatIntelMode: "Alert",
    });
    assert.deepStrictEqual(messages(alert), ['threatIntelMode is "Alert"; set it to "Deny".']);
    assert.strictEqual(alert.violations[0].enforcementLevel, "mandatory");
    const unset = policy();
    delete unset.threatIntelMode;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.firewallPolicy, unset)), [
      'threatIntelMode is not set (Alert); set it to "Deny".',
    ]);
    const classic: Record<string, any> = { ...firewall(), threatIntelMode: "Off" };
    delete classic.firewallPolicy;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.azureFirewall, classic)), [
      'threatIntelMode is "Off"; set it to "Deny".',
    ]);
  });

  it("is skipped at preview when the mode is unknown", () => {
    const result = runResourcePolicy(rule, T.firewallPolicy, {
      ...policy(),
      threatIntelMode: UNKNOWN,
    });
    assert.match(result.unknown ?? "", /threatIntelMode/);
  });
});

describe("firewall-policy-idps-deny", () => {
  const rule = firewallPolicyIdpsDeny;

  it("passes a Premium policy with IDPS in Deny", () =>
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.firewallPolicy, policy())), []));

  it("reports a Standard or unset tier, as advisory", () => {
    const standard = runResourcePolicy(rule, T.firewallPolicy, {
      ...policy(),
      sku: { tier: "Standard" },
      intrusionDetection: undefined,
    });
    assert.deepStrictEqual(messages(standard), ['sku.tier is "Standard"; IDPS needs "Premium".']);
    assert.strictEqual(standard.violations[0].enforcementLevel, "advisory");
    const unset = policy();
    delete unset.sku;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.firewallPolicy, unset)), [
      'sku.tier is not set (Standard); IDPS needs "Premium".',
    ]);
  });

  it("reports IDPS in Alert or off on Premium", () => {
    assert.deepStrictEqual(
      messages(
        runResourcePolicy(rule, T.firewallPolicy, {
          ...policy(),
          intrusionDetection: { mode: "Alert" },
        }),
      ),
      ['intrusionDetection.mode is "Alert"; set it to "Deny".'],
    );
    const off = policy();
    delete off.intrusionDetection;
    assert.deepStrictEqual(messages(runResourcePolicy(rule, T.firewallPolicy, off)), [
      'intrusionDetection.mode is not set (Off); set it to "Deny".',
    ]);
  });

  it("is skipped at preview when the mode is unknown", () => {
    const result = runResourcePolicy(rule, T.firewallPolicy, {
      ...policy(),
      intrusionDetection: { mode: UNKNOWN },
    });
    assert.match(result.unknown ?? "", /mode/);
  });
});
