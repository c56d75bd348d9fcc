import type { KeyArgs } from "@pulumi/azure-native/keyvault";
import { has, Props, resourceRule, T } from "../../lib";
import { durationDays } from "./lib/keyDuration";

const DAY = 86_400;

export const keyVaultKeyExpiration = resourceRule({
  name: "key-vault-key-expiration",
  description:
    "Key Vault keys carry an expiry date or a rotation policy that sets one, no further ahead than the configured validity.",
  severity: "medium",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: [
    "checkov:CKV_AZURE_40",
    "trivy:AZU-0014",
    "azpol:Key Vault keys should have an expiration date",
    "azpol:Keys should have the specified maximum validity period",
    "mcsb:DP-6",
  ],
  remediationSteps:
    "Set properties.attributes.expires (Unix seconds) or properties.rotationPolicy.attributes.expiryTime (ISO 8601 duration, e.g. 'P2Y'), at most maximumValidity ahead.",
  url: "https://learn.microsoft.com/azure/key-vault/keys/about-keys-details#key-attributes",
  types: [T.key],
  config: {
    maximumValidity: {
      type: "string",
      pattern: "^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$",
      default: "P2Y",
      description:
        "The longest a key (version) may stay valid, as an ISO 8601 duration (a year is 365 days, a month 30).",
    },
  },
  validate: (props: Props<KeyArgs>, ctx) => {
    const properties = props.properties;
    const limit = ctx.config.maximumValidity;
    const max = durationDays(limit) ?? 0;
    const hasExpires = has(properties.attributes, "expires");
    const policyAttributes = has(properties.rotationPolicy, "attributes")
      ? properties.rotationPolicy?.attributes
      : undefined;
    const hasExpiryTime = has(policyAttributes, "expiryTime");
    if (!hasExpires && !hasExpiryTime) {
      ctx.report(
        "properties.attributes.expires and properties.rotationPolicy.attributes.expiryTime are not set; set one of them.",
      );
      return;
    }
    if (hasExpires) {
      const expires = properties.attributes?.expires;
      if (typeof expires !== "number" || !Number.isFinite(expires)) {
        ctx.report(
          `properties.attributes.expires is ${JSON.stringify(expires)}, not a time in Unix seconds.`,
        );
      } else {
        const days = Math.ceil((expires - Date.now() / 1000) / DAY);
        if (days > max) {
          ctx.report(
            `properties.attributes.expires is ${days} days from now; keep keys valid for at most '${limit}' (${max} days).`,
          );
        }
      }
    }
    if (hasExpiryTime) {
      const expiryTime = policyAttributes?.expiryTime;
      const days = durationDays(expiryTime);
      if (days === undefined) {
        ctx.report(
          `properties.rotationPolicy.attributes.expiryTime is ${JSON.stringify(expiryTime)}, not an ISO 8601 duration such as 'P2Y'.`,
        );
      } else if (days > max) {
        ctx.report(
          `properties.rotationPolicy.attributes.expiryTime is '${String(expiryTime)}' (${days} days); keep key versions valid for at most '${limit}' (${max} days).`,
        );
      }
    }
  },
});
