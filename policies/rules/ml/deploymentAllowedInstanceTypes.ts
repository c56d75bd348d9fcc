import { quoteList, resourceRule, T } from "../../lib";
import { DeploymentProps, settingsOf } from "./lib/deployment";

export const amlDeploymentAllowedInstanceTypes = resourceRule({
  name: "aml-deployment-allowed-instance-types",
  description:
    "Azure Machine Learning managed online deployments use only the VM sizes the platform team has approved.",
  severity: "medium",
  pillar: "cost-optimization",
  principle: "pay-for-what-you-intend-to-use",
  anchors: ["azpol:Allowed virtual machine size SKUs"],
  remediationSteps:
    "Set properties.instanceType to one of the configured allowedInstanceTypes, or extend the list in the policy config after load-testing.",
  url: "https://learn.microsoft.com/azure/machine-learning/reference-managed-online-endpoints-vm-sku-list",
  types: [T.mlOnlineDeployment],
  config: {
    allowedInstanceTypes: {
      type: "array",
      items: { type: "string" },
      default: [
        "Standard_DS3_v2",
        "Standard_DS4_v2",
        "Standard_E4s_v3",
        "Standard_E8s_v3",
        "Standard_F4s_v2",
        "Standard_F8s_v2",
        "Standard_NC4as_T4_v3",
        "Standard_NC8as_T4_v3",
      ],
      description: "VM sizes managed online deployments may use.",
    },
  },
  validate: (props: DeploymentProps, ctx) => {
    const allowed = ctx.config.allowedInstanceTypes;
    const settings = settingsOf(props);
    // Kubernetes deployments name cluster-defined instance types, not VM sizes.
    if (settings.endpointComputeType !== "Managed") return;
    if (!("instanceType" in settings)) {
      ctx.report(`properties.instanceType must be one of ${quoteList(allowed)}; it is not set.`);
      return;
    }
    const size = String(settings.instanceType);
    const known = allowed.some((a) => a.toLowerCase() === size.toLowerCase());
    if (!known) {
      ctx.report(`properties.instanceType must be one of ${quoteList(allowed)}; it is '${size}'.`);
    }
  },
});
