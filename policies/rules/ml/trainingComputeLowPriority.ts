import { resourceRule, T } from "../../lib";
import { amlCluster, ComputeProps } from "./lib/compute";

export const amlTrainingComputeLowPriority = resourceRule({
  name: "aml-training-compute-low-priority",
  description:
    "Azure Machine Learning training clusters run on low-priority (spot) VMs unless dedicated capacity is an exempted choice.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "optimize-operational-costs",
  anchors: ["own:WAF for AI - low-priority compute for offline training"],
  remediationSteps:
    "Set properties.properties.vmPriority to 'LowPriority' and make training jobs resumable (checkpoints); exempt the cluster with a reason when it must be dedicated.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-use-low-priority-batch",
  types: [T.mlCompute],
  validate: (props: ComputeProps, ctx) => {
    const cluster = amlCluster(props);
    if (cluster === undefined) return;
    const settings = cluster.properties ?? {};
    if (settings.vmPriority !== "LowPriority") {
      const actual =
        "vmPriority" in settings ? `'${String(settings.vmPriority)}'` : "not set, so 'Dedicated'";
      ctx.report(`properties.properties.vmPriority must be 'LowPriority'; it is ${actual}.`);
    }
  },
});
