import { resourceRule, T } from "../../lib";
import { amlCluster, computeInstance, ComputeProps } from "./lib/compute";

export const amlComputeNoPublicSsh = resourceRule({
  name: "aml-compute-no-public-ssh",
  description: "Azure Machine Learning clusters and instances do not open SSH to the internet.",
  severity: "medium",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["own:Azure Machine Learning remote login port public access"],
  remediationSteps:
    "On AmlCompute set properties.properties.remoteLoginPortPublicAccess to 'Disabled'; on ComputeInstance remove sshSettings.sshPublicAccess or set it to 'Disabled'.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster",
  types: [T.mlCompute],
  validate: (props: ComputeProps, ctx) => {
    const cluster = amlCluster(props);
    if (cluster !== undefined) {
      const settings = cluster.properties ?? {};
      // 'NotSpecified' (Azure's default) opens the port when an SSH user is configured.
      if (settings.remoteLoginPortPublicAccess !== "Disabled") {
        const actual =
          "remoteLoginPortPublicAccess" in settings
            ? `'${String(settings.remoteLoginPortPublicAccess)}'`
            : "not set";
        ctx.report(
          `properties.properties.remoteLoginPortPublicAccess must be 'Disabled'; it is ${actual}.`,
        );
      }
      return;
    }
    const instance = computeInstance(props);
    const ssh = instance?.properties?.sshSettings;
    if (ssh?.sshPublicAccess === "Enabled") {
      ctx.report(
        "properties.properties.sshSettings.sshPublicAccess must be 'Disabled'; it is 'Enabled'.",
      );
    }
  },
});
