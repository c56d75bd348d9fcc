/**
 * Node pools of a cluster wherever they are declared: inline in a ManagedCluster's
 * `agentPoolProfiles`, or as standalone AgentPool resources. Pool rules check both.
 */
import type { AgentPoolArgs, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import { Props, T } from "../../../lib";

export type ClusterProps = Props<ManagedClusterArgs>;
type InlinePool = NonNullable<ClusterProps["agentPoolProfiles"]>[number];
export type Pool = Props<AgentPoolArgs> | InlinePool;

/** The type tokens pool rules apply to. */
export const POOL_TYPES = [T.managedCluster, T.agentPool];

/** One pool and where it sits in the resource's inputs. */
export interface PoolRef {
  readonly pool: Pool;
  /** Input path prefix for messages: `agentPoolProfiles[1].`, or empty for an AgentPool. */
  readonly at: string;
  /** Whether the pool is inline and first (Azure makes such a pool System when mode is unset). */
  readonly firstInline: boolean;
}

/** The pools a ManagedCluster or AgentPool resource declares. */
export function poolsOf(props: Record<string, any>, type: string): PoolRef[] {
  if (type === T.agentPool) return [{ pool: props as Pool, at: "", firstInline: false }];
  if (!("agentPoolProfiles" in props)) return [];
  const profiles = (props as ClusterProps).agentPoolProfiles ?? [];
  const refs: PoolRef[] = [];
  for (let i = 0; i < profiles.length; i++) {
    refs.push({ pool: profiles[i], at: `agentPoolProfiles[${i}].`, firstInline: i === 0 });
  }
  return refs;
}

/** Whether the pool runs system pods (mode 'System', or the first inline pool without a mode). */
export function isSystemPool(ref: PoolRef): boolean {
  if ("mode" in ref.pool) return ref.pool.mode === "System";
  return ref.firstInline;
}
