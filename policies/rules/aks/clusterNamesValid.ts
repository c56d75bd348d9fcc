import { peek, resourceRule, skipUnknown, T, UNRESOLVED } from "../../lib";
import type { ClusterProps } from "./lib/pools";

/** Azure's naming rules for a managed cluster's name and DNS prefix. */
const RULES = [
  {
    field: "resourceName",
    pattern: /^[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$/,
    rule: "1-63 letters, digits, hyphens or underscores, starting and ending with a letter or digit",
  },
  {
    field: "dnsPrefix",
    pattern: /^[A-Za-z0-9]([A-Za-z0-9-]{0,52}[A-Za-z0-9])?$/,
    rule: "1-54 letters, digits or hyphens, starting and ending with a letter or digit",
  },
] as const;

export const aksClusterNamesValid = resourceRule({
  name: "aks-cluster-names-valid",
  description: "AKS cluster names and DNS prefixes meet Azure's naming rules before deployment.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "implement-safe-deployments",
  anchors: ["psrule:Azure.AKS.Name", "psrule:Azure.AKS.DNSPrefix"],
  remediationSteps:
    "Use a resourceName of 1-63 letters, digits, hyphens or underscores and a dnsPrefix of 1-54 letters, digits or hyphens, each starting and ending with a letter or digit.",
  url: "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftcontainerservice",
  types: [T.managedCluster],
  validate: (props: ClusterProps, ctx) => {
    let unresolved: (() => unknown) | undefined;
    let reported = false;
    for (const { field, pattern, rule } of RULES) {
      if (!(field in props)) continue;
      const read = () => props[field];
      const value = peek(read);
      if (value === UNRESOLVED) {
        unresolved = read;
      } else if (!pattern.test(String(value))) {
        ctx.report(`${field} must be ${rule}; it is '${String(value)}'.`);
        reported = true;
      }
    }
    // A name composed from outputs waits for the apply, unless the other one already failed.
    if (!reported && unresolved !== undefined) skipUnknown(unresolved);
  },
});
