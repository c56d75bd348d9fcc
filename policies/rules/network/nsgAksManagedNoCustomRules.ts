import { resourceRule, T } from "../../lib";
import { rulesOf } from "./lib/securityRules";

/** Names AKS gives the NSGs it manages in the node resource group, e.g. `aks-agentpool-12345678-nsg`. */
const AKS_NSG = /^aks-[a-z].{0,30}-[0-9].{0,31}-nsg$/i;
/** Names of the rules AKS writes for Kubernetes services, e.g. `a1b2c3...-TCP-443-Internet`. */
const AKS_RULE = /^[a-z0-9].{0,31}-(tcp|udp)-[a-z0-9].{0,2}-.*$/i;

export const nsgAksManagedNoCustomRules = resourceRule({
  name: "nsg-aks-managed-no-custom-rules",
  description: "The network security groups AKS manages carry no hand-written rules.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "minimize-operational-burden",
  anchors: ["psrule:Azure.NSG.AKSRules"],
  remediationSteps:
    "Remove the rule from the AKS-managed NSG; filter traffic with Kubernetes network policies or with an NSG on the cluster's subnet.",
  url: "https://learn.microsoft.com/azure/aks/concepts-network#network-security-groups",
  types: [T.networkSecurityGroup, T.securityRule],
  validate: (props: Record<string, any>, ctx) => {
    // Both the NSG and a standalone rule name the NSG in networkSecurityGroupName.
    const nsgName = props.networkSecurityGroupName;
    if (!AKS_NSG.test(String(nsgName ?? ""))) return;
    for (const { rule, where } of rulesOf(ctx.type, props)) {
      const name = ctx.type === T.securityRule ? rule.securityRuleName : rule.name;
      if (!AKS_RULE.test(String(name ?? ""))) {
        ctx.report(
          `${where} is a custom rule on the AKS-managed network security group '${String(nsgName)}'; AKS may overwrite it, so filter traffic elsewhere.`,
        );
      }
    }
  },
});
