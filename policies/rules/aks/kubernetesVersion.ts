import { resourceRule, T } from "../../lib";
import { POOL_TYPES, poolsOf } from "./lib/pools";

/** `1.33`, `1.33.2` as numbers, or undefined when `text` is not such a version. */
function parts(text: string): number[] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text.trim());
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** Whether `version` is at least `minimum` (both `major.minor[.patch]`). */
function atLeast(version: number[], minimum: number[]): boolean {
  for (let i = 0; i < 3; i++) {
    if (version[i] !== minimum[i]) return version[i] > minimum[i];
  }
  return true;
}

/** Channels that move the cluster to new minor versions by themselves. */
const MINOR_CHANNELS = ["rapid", "stable"];

export const aksKubernetesVersion = resourceRule({
  name: "aks-kubernetes-version",
  description:
    "AKS clusters and node pools pin no Kubernetes version older than the supported minimum.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: [
    "psrule:Azure.AKS.Version",
    "azpol:Kubernetes Services should be upgraded to a non-vulnerable Kubernetes version",
  ],
  remediationSteps:
    "Set kubernetesVersion (and orchestratorVersion on pools) to a supported minor at or above the configured minimum, or leave them unset with autoUpgradeProfile.upgradeChannel 'stable' or 'rapid'.",
  url: "https://learn.microsoft.com/azure/aks/supported-kubernetes-versions",
  types: POOL_TYPES,
  config: {
    minimumVersion: {
      type: "string",
      default: "1.33",
      description:
        "The oldest Kubernetes version accepted (major.minor or major.minor.patch); keep it at the oldest minor AKS still supports.",
    },
  },
  validate: (props: Record<string, any>, ctx) => {
    const minimum = parts(ctx.config.minimumVersion) ?? [0, 0, 0];
    const judge = (field: string, value: unknown) => {
      const text = String(value);
      const version = parts(text);
      if (version === undefined) {
        ctx.report(`${field} must be a Kubernetes version (major.minor[.patch]); it is '${text}'.`);
      } else if (!atLeast(version, minimum)) {
        ctx.report(`${field} must be at least '${ctx.config.minimumVersion}'; it is '${text}'.`);
      }
    };
    const pools = poolsOf(props, ctx.type).filter(({ pool }) => "orchestratorVersion" in pool);
    if (ctx.type === T.managedCluster) {
      if (!("kubernetesVersion" in props) && pools.length === 0) return;
      // A channel that upgrades minors keeps the cluster and its pools current.
      if (MINOR_CHANNELS.includes(String(props.autoUpgradeProfile?.upgradeChannel))) return;
      if ("kubernetesVersion" in props) judge("kubernetesVersion", props.kubernetesVersion);
    }
    for (const { pool, at } of pools) judge(`${at}orchestratorVersion`, pool.orchestratorVersion);
  },
});
