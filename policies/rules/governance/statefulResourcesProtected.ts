import { resourceRule, T } from "../../lib";

/** Resources that hold data or keys, whose deletion loses them. */
const STATEFUL: readonly string[] = [
  T.vault,
  T.key,
  T.storageAccount,
  T.registry,
  T.mlWorkspace,
  T.mlRegistry,
  T.managedCluster,
  T.aiAccount,
  T.searchService,
  T.cosmosAccount,
  T.logAnalyticsWorkspace,
  T.appInsights,
];

export const statefulResourcesProtected = resourceRule({
  name: "stateful-resources-protected",
  description:
    "Resources that hold data or keys (vaults, keys, storage, registries, workspaces, clusters, AI accounts, search indexes, Cosmos DB, logs) are protected from deletion by Pulumi.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["own:Pulumi protect resource option", "own:AVM lock and protection guidance"],
  remediationSteps:
    "Leave the components' protect argument at its default (true) or set the resource option protect: true; throwaway stacks can exempt the policy by URN pattern with a reason and an expiry.",
  url: "https://www.pulumi.com/docs/iac/concepts/options/protect/",
  types: STATEFUL,
  validate: (_props, ctx) => {
    if (ctx.opts.protect !== true) {
      ctx.report(
        "The resource option protect is false, so pulumi destroy or a removed line of code deletes it and its data; set protect: true.",
      );
    }
  },
});
