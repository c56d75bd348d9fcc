import * as pulumi from "@pulumi/pulumi";
import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import { afterResource, Tags } from "../common";
import { ContentFilterArgs, renderContentFilters } from "./contentFilter";
import { deploymentFilterName, ModelDeploymentArgs } from "./modelDeployment";

/** The name of the account-wide content filter policy. */
export const defaultContentFilterName = "cf-default";

/** What an AI services account's content filters and model deployments are built from. */
export interface AccountDeploymentsArgs {
  resourceGroupName: pulumi.Input<string>;
  /** The account's name, resolved after the account (see `afterResource`). */
  accountName: pulumi.Input<string>;
  contentFilter: ContentFilterArgs | undefined;
  deployments: readonly ModelDeploymentArgs[];
  tags: Tags;
}

/**
 * Creates an account's content filters (one account-wide, plus one per deployment that brings
 * its own) and its model deployments, each bound to its filter. Returns deployment name -> the
 * content filter (RAI policy) name it is bound to.
 */
export function createAccountDeployments(
  componentName: string,
  args: AccountDeploymentsArgs,
  parent: pulumi.Resource,
): Record<string, string> {
  const child = { parent };
  const filters = new Map<string, cognitiveservices.RaiPolicy>();
  const createFilter = (policyName: string, filter: ContentFilterArgs | undefined) => {
    const policy = new cognitiveservices.RaiPolicy(
      `${componentName}-${policyName}`,
      {
        resourceGroupName: args.resourceGroupName,
        accountName: args.accountName,
        raiPolicyName: policyName,
        properties: {
          basePolicyName: "Microsoft.DefaultV2",
          mode: filter?.mode ?? "Default",
          contentFilters: renderContentFilters(filter),
        },
        tags: args.tags,
      },
      child,
    );
    filters.set(policyName, policy);
    return policy;
  };
  if (args.deployments.some((d) => d.contentFilter === undefined)) {
    createFilter(defaultContentFilterName, args.contentFilter);
  }

  // Azure rejects concurrent deployment operations on one account, so each waits for the last.
  let previous: pulumi.Resource | undefined;
  const names: Record<string, string> = {};
  for (const d of args.deployments) {
    const policyName = d.contentFilter ? deploymentFilterName(d.name) : defaultContentFilterName;
    const policy = filters.get(policyName) ?? createFilter(policyName, d.contentFilter);
    previous = new cognitiveservices.Deployment(
      `${componentName}-deployment-${d.name}`,
      {
        resourceGroupName: args.resourceGroupName,
        accountName: args.accountName,
        deploymentName: d.name,
        sku: { name: d.skuName ?? "DataZoneStandard", capacity: d.capacity },
        properties: {
          model: {
            format: d.modelFormat ?? "OpenAI",
            name: d.modelName,
            version: d.modelVersion,
          },
          raiPolicyName: afterResource(policy, policyName),
          versionUpgradeOption: d.versionUpgradeOption ?? "OnceCurrentVersionExpired",
        },
        tags: args.tags,
      },
      { parent, dependsOn: previous ? [previous] : [] },
    );
    names[d.name] = policyName;
  }
  return names;
}
