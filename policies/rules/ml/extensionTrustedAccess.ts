import { ofType, peek, stackRule, T, UNRESOLVED } from "../../lib";
import { AML_EXTENSION_TYPE } from "./lib/amlExtension";
import { namesCluster } from "../aks/lib/clusterLinks";

/** The Trusted Access role an Azure ML workspace needs on a cluster. */
const ML_WORKLOAD_ROLE = "Microsoft.MachineLearningServices/workspaces/mlworkload";

export const amlExtensionTrustedAccess = stackRule({
  name: "aml-extension-trusted-access",
  description:
    "AKS clusters that run the Azure Machine Learning extension with local accounts disabled grant the workspace access through a Trusted Access role binding.",
  severity: "medium",
  pillar: "security",
  principle: "invest-in-robust-access-management",
  anchors: ["own:AKS Trusted Access for Azure Machine Learning (Azure/AML-Kubernetes)"],
  remediationSteps: `Add a containerservice:TrustedAccessRoleBinding on the cluster with sourceResourceId the AML workspace ID and roles ['${ML_WORKLOAD_ROLE}'].`,
  url: "https://learn.microsoft.com/azure/aks/trusted-access-feature",
  types: [T.clusterExtension, T.managedCluster, T.trustedAccessRoleBinding],
  subject: T.clusterExtension,
  validate: (resources, ctx) => {
    const clusters = ofType(resources, [T.managedCluster]);
    const bindings = ofType(resources, [T.trustedAccessRoleBinding]);
    for (const extension of ofType(resources, [T.clusterExtension])) {
      const type = peek(() => extension.props.extensionType as unknown);
      if (String(type).toLowerCase() !== AML_EXTENSION_TYPE.toLowerCase()) continue;
      for (const cluster of clusters.filter((c) => namesCluster(extension, c, "clusterName"))) {
        // With local accounts the extension authenticates by itself; unknown leaves it open.
        if (peek(() => cluster.props.disableLocalAccounts as unknown) !== true) continue;
        const roles = bindings
          .filter((b) => namesCluster(b, cluster, "resourceName"))
          .map((b) => peek(() => b.props.roles as unknown));
        // A binding whose roles are unknown at preview may grant the role.
        if (roles.includes(UNRESOLVED)) continue;
        const granted = roles.some(
          (list) =>
            Array.isArray(list) &&
            list.some((role) => String(role).toLowerCase() === ML_WORKLOAD_ROLE.toLowerCase()),
        );
        if (granted) continue;
        ctx.report(
          `The Azure ML extension '${extension.name}' runs on AKS cluster '${cluster.name}', which has local accounts disabled, but no TrustedAccessRoleBinding on the cluster grants '${ML_WORKLOAD_ROLE}'; add one for the workspace.`,
          extension,
        );
      }
    }
  },
});
