import { resourceRule, T } from "../../lib";
import { amlCluster, computeInstance, ComputeProps } from "./lib/compute";

export const amlComputeNoPublicIp = resourceRule({
  name: "aml-compute-no-public-ip",
  description: "Azure Machine Learning clusters and instances run without public IP addresses.",
  severity: "high",
  pillar: "security",
  principle: "protect-design-integrity-with-segmentation",
  anchors: ["mcsb:NS-2", "own:Azure Machine Learning no public IP compute"],
  remediationSteps:
    "Set properties.properties.enableNodePublicIp to false (the workspace's managed network, or a subnet, then carries the traffic).",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet",
  types: [T.mlCompute],
  validate: (props: ComputeProps, ctx) => {
    // Only clusters and instances have nodes of their own; attached compute is out of scope.
    const compute = amlCluster(props) ?? computeInstance(props);
    if (compute === undefined) return;
    const settings = compute.properties ?? {};
    // Azure gives nodes a public IP unless told otherwise.
    if (!("enableNodePublicIp" in settings)) {
      ctx.report(
        "properties.properties.enableNodePublicIp must be false; it is not set, so nodes get public IPs.",
      );
    } else if (settings.enableNodePublicIp !== false) {
      ctx.report(
        `properties.properties.enableNodePublicIp must be false; it is ${String(settings.enableNodePublicIp)}.`,
      );
    }
  },
});
