import { resourceRule, shown, T } from "../../lib";

/** SKUs with native-client support, scale units and the controls a zone's operators need. */
const ACCEPTED = ["Standard", "Premium"];

export const bastionStandardSku = resourceRule({
  name: "bastion-standard-sku",
  description:
    "Azure Bastion hosts use the Standard or Premium SKU, which sign operators in with Entra ID from native clients and scale (Basic and Developer do neither).",
  severity: "low",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["own:bastion-sku"],
  remediationSteps: 'Set sku: { name: "Standard" } (or "Premium" for session recording).',
  url: "https://learn.microsoft.com/azure/bastion/configuration-settings#skus",
  types: [T.bastionHost],
  validate: (props: Record<string, any>, ctx) => {
    const sku = props.sku?.name;
    if (!ACCEPTED.includes(sku)) {
      ctx.report(
        `sku.name is ${sku === undefined ? "not set (Standard since API 2023-09; Basic before)" : shown(sku)}; set it to "Standard" or "Premium".`,
      );
    }
  },
});
