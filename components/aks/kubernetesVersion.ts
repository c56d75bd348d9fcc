/**
 * The oldest Kubernetes minor version the component accepts. AKS gives standard support to the
 * three newest generally available minors and the Azure ML extension follows the same window
 * (N-2), so a cluster created on anything older is out of support on day one or soon after.
 * Review this when AKS retires a minor (https://learn.microsoft.com/azure/aks/supported-kubernetes-versions).
 */
export const minimumKubernetesVersion = "1.33";

const versionPattern = /^(\d+)\.(\d+)(?:\.(\d+))?$/;

/** `[major, minor]` of `1.33` or `1.33.2`; `undefined` when malformed. */
export function parseKubernetesVersion(text: string): [number, number] | undefined {
  const match = versionPattern.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Why `version` cannot be used for a new cluster, or `undefined` when it can. */
export function kubernetesVersionProblem(version: string): string | undefined {
  const parsed = parseKubernetesVersion(version);
  if (!parsed)
    return `"${version}" is not a Kubernetes version: use <major>.<minor>[.<patch>], e.g. 1.33`;
  const [minMajor, minMinor] = parseKubernetesVersion(minimumKubernetesVersion)!;
  const [major, minor] = parsed;
  if (major < minMajor || (major === minMajor && minor < minMinor)) {
    return `${version} is below the supported minimum ${minimumKubernetesVersion}: use ${minimumKubernetesVersion} or newer (AKS and the Azure ML extension support only the newest three minors)`;
  }
  return undefined;
}
