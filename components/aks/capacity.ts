import { Cidr, parseCidr, usableAddresses } from "../common/cidr";

/**
 * Address planning for Azure CNI overlay. Nodes take one address each from their VNet subnet;
 * pods do not. Each node instead reserves a /24 block of the pod CIDR, which holds its `maxPods`
 * (at most 250). So "big enough for nodes x maxPods" means two checks:
 * - the node subnet holds every node the pools can reach, plus the surge nodes of an upgrade and
 *   the frontend addresses of internal load balancers;
 * - the pod CIDR holds one /24 per node, which covers maxPods pods on each.
 * https://learn.microsoft.com/azure/aks/azure-cni-overlay#ip-address-planning
 */
export const podBlockPrefixLength = 24;
/** Overlay's ceiling on pods per node: one /24 per node, minus addresses kept back. */
export const maxPodsPerNodeOverlay = 250;

/** Nodes added during an upgrade for a `maxSurge` of `"33%"` or `"2"`, at the pool's maximum size. */
export function surgeNodes(maxCount: number, maxSurge: string): number {
  if (maxSurge.endsWith("%")) return Math.ceil((maxCount * Number(maxSurge.slice(0, -1))) / 100);
  return Number(maxSurge);
}

/** Whether `value` is a `maxSurge` AKS accepts: a positive whole number, or 1%-100%. */
export function maxSurgeProblem(value: string): string | undefined {
  const percent = /^(\d{1,3})%$/.exec(value);
  if (percent && Number(percent[1]) >= 1 && Number(percent[1]) <= 100) return undefined;
  if (/^[1-9]\d*$/.test(value)) return undefined;
  return `"${value}" is not a surge: use a node count such as "1" or a percentage from "1%" to "100%"`;
}

/** The nodes a pool can reach during an upgrade at its maximum size. */
export function peakNodes(maxCount: number, maxSurge: string): number {
  return maxCount + surgeNodes(maxCount, maxSurge);
}

/** Why a node subnet cannot hold `nodes` nodes plus `reserved` other addresses, or `undefined`. */
export function nodeSubnetProblem(
  prefix: string,
  nodes: number,
  reserved: number,
): string | undefined {
  const cidr = parseCidr(prefix);
  if (!cidr) return undefined;
  const usable = usableAddresses(cidr);
  const needed = nodes + reserved;
  if (needed <= usable) return undefined;
  return `${prefix} has ${usable} usable addresses but needs ${needed} (${nodes} nodes at maxCount plus upgrade surge${reserved > 0 ? `, ${reserved} for internal load balancers` : ""}); use a larger subnet or lower maxCount`;
}

/** How many nodes a pod CIDR can serve: one /24 block each. */
export function podCidrNodeCapacity(cidr: Cidr): number {
  if (cidr.prefixLength > podBlockPrefixLength) return 0;
  return 2 ** (podBlockPrefixLength - cidr.prefixLength);
}
