import type { ServiceArgs } from "@pulumi/azure-native/search";
import { Props, resourceRule, T } from "../../lib";

export const searchReplicaCount = resourceRule({
  name: "search-replica-count",
  description:
    "Azure AI Search services run enough replicas for Azure's SLA: 2 for queries, 3 for queries and index updates.",
  severity: "medium",
  pillar: "reliability",
  principle: "mitigate-single-points-of-failure",
  anchors: ["checkov:CKV_AZURE_208", "checkov:CKV_AZURE_209"],
  remediationSteps:
    "Set replicaCount to 3 or more (2 when index updates may pause during maintenance).",
  url: "https://learn.microsoft.com/azure/search/search-reliability",
  types: [T.searchService],
  config: {
    minimumReplicas: {
      type: "integer",
      minimum: 1,
      maximum: 12,
      default: 3,
      description: "The fewest replicas a service may run (Azure's read/write SLA needs 3).",
    },
  },
  validate: (props: Props<ServiceArgs>, ctx) => {
    // azure-native fills in 1 when the input is left out.
    const replicas = props.replicaCount ?? 1;
    const minimum = ctx.config.minimumReplicas;
    if (typeof replicas !== "number" || replicas < minimum) {
      ctx.report(`replicaCount is ${String(replicas)}; set it to ${minimum} or more.`);
    }
  },
});
