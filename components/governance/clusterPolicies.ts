/**
 * The Azure Policy for Kubernetes built-ins the baseline assigns to an AKS cluster (they run in the
 * cluster through the Azure Policy add-on's Gatekeeper). IDs, parameters and effects are copied
 * from the Azure/azure-policy repository at commit f4a50bacae07ddb096943c597669bcae494a6e29:
 * the sources name the files under `built-in-policies/`.
 */

/** Namespaces every Kubernetes built-in excludes by default (their `excludedNamespaces` default). */
export const DEFAULT_EXCLUDED_NAMESPACES = [
  "kube-system",
  "gatekeeper-system",
  "azure-arc",
  "azure-extensions-usage-system",
] as const;

/** The pod security initiatives, by Pod Security Standards level. */
export const POD_SECURITY_INITIATIVES = {
  // policySetDefinitions/Kubernetes/PSPBaselineStandard.json
  baseline: {
    policySetDefinitionId: "a8640138-9b0a-4a28-b8cb-1666c838647d",
    displayName: "Kubernetes cluster pod security baseline standards for Linux-based workloads",
  },
  // policySetDefinitions/Kubernetes/PSPRestrictedStandard.json
  restricted: {
    policySetDefinitionId: "42b8ef37-b724-4e24-bbc8-7a7708edfe00",
    displayName: "Kubernetes cluster pod security restricted standards for Linux-based workloads",
  },
} as const;

/** policyDefinitions/Kubernetes/ContainerAllowedImages.json; parameter `allowedContainerImagesRegex`. */
export const ALLOWED_IMAGES_DEFINITION = {
  definitionId: "febd0533-8e55-448f-b837-bd0e06f16469",
  displayName: "Kubernetes cluster containers should only use allowed images",
} as const;

/** policyDefinitions/Kubernetes/LoadbalancerNoPublicIPs.json. */
export const INTERNAL_LOAD_BALANCERS_DEFINITION = {
  definitionId: "3fc4dc25-5baf-40d8-9b05-7fe74c1bc64e",
  displayName: "Kubernetes clusters should use internal load balancers",
} as const;

/** The regular expression that admits only images of the given registries (`<server>/<repo>...`). */
export function allowedImagesRegex(loginServers: readonly string[]): string {
  const escaped = loginServers.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return `^(${escaped.join("|")})/.+$`;
}
