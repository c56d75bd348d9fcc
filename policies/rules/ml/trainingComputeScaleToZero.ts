import { resourceRule, T } from "../../lib";
import { amlCluster, ComputeProps } from "./lib/compute";

export const amlTrainingComputeScaleToZero = resourceRule({
  name: "aml-training-compute-scale-to-zero",
  description: "Azure Machine Learning training clusters scale down to zero nodes when idle.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["checkov:CKV_AZURE_150"],
  remediationSteps:
    "Set properties.properties.scaleSettings.minNodeCount to 0 (or leave it unset).",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster",
  types: [T.mlCompute],
  validate: (props: ComputeProps, ctx) => {
    const cluster = amlCluster(props);
    const scale = cluster?.properties?.scaleSettings;
    // Unset, Azure's minimum is 0.
    if (scale === undefined || !("minNodeCount" in scale)) return;
    if (scale.minNodeCount !== 0) {
      ctx.report(
        `properties.properties.scaleSettings.minNodeCount must be 0; it is ${String(scale.minNodeCount)}.`,
      );
    }
  },
});
