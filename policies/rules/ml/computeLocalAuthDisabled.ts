import { resourceRule, T } from "../../lib";
import { computeOf, ComputeProps } from "./lib/compute";

export const amlComputeLocalAuthDisabled = resourceRule({
  name: "aml-compute-local-auth-disabled",
  description:
    "Azure Machine Learning compute accepts only Microsoft Entra ID identities, not keys.",
  severity: "high",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: [
    "checkov:CKV_AZURE_142",
    "azpol:Azure Machine Learning Computes should have local authentication methods disabled",
    "psrule:Azure.ML.DisableLocalAuth",
    "mcsb:IM-1",
  ],
  remediationSteps: "Set properties.disableLocalAuth to true.",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-integrate-azure-policy",
  types: [T.mlCompute],
  validate: (props: ComputeProps, ctx) => {
    const compute = computeOf(props);
    if (compute === undefined) {
      ctx.report("properties.disableLocalAuth must be true; properties is not set.");
    } else if (!("disableLocalAuth" in compute)) {
      ctx.report("properties.disableLocalAuth must be true; it is not set, so local auth works.");
    } else if (compute.disableLocalAuth !== true) {
      ctx.report(
        `properties.disableLocalAuth must be true; it is ${String(compute.disableLocalAuth)}.`,
      );
    }
  },
});
