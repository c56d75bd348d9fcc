import { resourceRule, T } from "../../lib";
import { addonOf } from "./lib/addons";
import type { ClusterProps } from "./lib/pools";

export const aksHttpApplicationRoutingDisabled = resourceRule({
  name: "aks-http-application-routing-disabled",
  description:
    "AKS clusters do not run the HTTP application routing add-on, which publishes workloads through a public DNS zone and ingress.",
  severity: "medium",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["checkov:CKV_AZURE_246", "psrule:Azure.AKS.HttpAppRouting"],
  remediationSteps:
    "Remove addonProfiles.httpApplicationRouting or set its enabled to false; expose workloads through an internal ingress (the application routing add-on or an internal load balancer).",
  url: "https://learn.microsoft.com/azure/aks/http-application-routing",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    if (addonOf(props, "httpApplicationRouting")?.enabled === true) {
      ctx.report("addonProfiles.httpApplicationRouting.enabled must be false; it is true.");
    }
  },
});
