import type { KeyArgs } from "@pulumi/azure-native/keyvault";
import { Props, resourceRule, T } from "../../lib";
import { durationDays } from "./lib/keyDuration";

export const keyVaultKeyRotationPolicy = resourceRule({
  name: "key-vault-key-rotation-policy",
  description:
    "Key Vault keys rotate automatically, through a rotation policy whose rotate action fires within the configured interval.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "minimize-operational-burden",
  anchors: [
    "psrule:Azure.KeyVault.AutoRotationPolicy",
    "azpol:Keys should have a rotation policy ensuring that their rotation is scheduled within the specified number of days after creation",
    "mcsb:DP-6",
  ],
  remediationSteps:
    "Set properties.rotationPolicy.lifetimeActions to include { action: { type: 'rotate' }, trigger: { timeAfterCreate: 'P1Y' } } (or timeBeforeExpiry with rotationPolicy.attributes.expiryTime), within maximumRotationInterval.",
  url: "https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation",
  types: [T.key],
  config: {
    maximumRotationInterval: {
      type: "string",
      pattern: "^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$",
      default: "P1Y",
      description:
        "The longest a key version may be used before Key Vault rotates it, as an ISO 8601 duration (a year is 365 days, a month 30).",
    },
  },
  validate: (props: Props<KeyArgs>, ctx) => {
    const properties = props.properties;
    if (!("rotationPolicy" in properties)) {
      ctx.report("properties.rotationPolicy is not set; add one with a 'rotate' lifetime action.");
      return;
    }
    const policy = properties.rotationPolicy ?? {};
    const actions = policy.lifetimeActions ?? [];
    const rotations = actions.filter((a) => String(a.action?.type).toLowerCase() === "rotate");
    if (rotations.length === 0) {
      ctx.report("properties.rotationPolicy.lifetimeActions has no 'rotate' action; add one.");
      return;
    }
    const limit = ctx.config.maximumRotationInterval;
    const max = durationDays(limit) ?? 0;
    const expiry = durationDays(policy.attributes?.expiryTime);
    // Days until each rotate action fires, or how its trigger reads when it cannot be counted.
    const intervals = rotations.map((a): number | string => {
      const trigger = a.trigger ?? {};
      if (trigger.timeAfterCreate !== undefined && trigger.timeAfterCreate !== null) {
        return (
          durationDays(trigger.timeAfterCreate) ??
          `timeAfterCreate '${String(trigger.timeAfterCreate)}'`
        );
      }
      const before = durationDays(trigger.timeBeforeExpiry);
      if (before !== undefined && expiry !== undefined) return expiry - before;
      return before === undefined
        ? "no trigger Key Vault can count"
        : `timeBeforeExpiry '${String(trigger.timeBeforeExpiry)}' without rotationPolicy.attributes.expiryTime`;
    });
    if (intervals.some((d) => typeof d === "number" && d <= max)) return;
    const counted = intervals.filter((d): d is number => typeof d === "number");
    ctx.report(
      counted.length > 0
        ? `properties.rotationPolicy rotates a key version after ${Math.min(...counted)} days; rotate within '${limit}' (${max} days).`
        : `properties.rotationPolicy's 'rotate' action has ${String(intervals[0])}; set trigger.timeAfterCreate within '${limit}'.`,
    );
  },
});
