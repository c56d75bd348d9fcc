import type * as pulumi from "@pulumi/pulumi";
import { mergeTags, Tags } from "../common";
import type { AiLandingZoneArgs } from "./args";
import { withoutUndefinedKeys } from "./overrides";

/** The composite's type token, used by `super()` and by its validator. */
export const TOKEN = "ailz:index:AiLandingZone";

/**
 * The zone's arguments with its defaults applied once, and what every child builder shares:
 * the resource group and location, protection, and the tags with the cost tags that no
 * override may drop.
 */
export interface Zone {
  readonly name: string;
  readonly args: AiLandingZoneArgs;
  readonly protect: boolean;
  /** The zone's tags, the cost tags last. */
  readonly tags: Tags;
  /** The tags of a child: the zone's tags refined by the child's override, the cost tags last. */
  tagsFor(override?: Tags): Tags;
  /** What every regional child takes. */
  readonly common: {
    resourceGroupName: pulumi.Input<string>;
    location: pulumi.Input<string> | undefined;
  };
}

export function resolve(name: string, given: AiLandingZoneArgs): Zone {
  // An override key left undefined keeps the default it names (see withoutUndefinedKeys).
  const args = withoutUndefinedKeys(given);
  const costTags: Tags = {
    "cost-center": args.costCenter,
    owner: args.owner,
    environment: args.environment,
    workload: args.workload ?? name,
  };
  return {
    name,
    args,
    protect: args.protect ?? true,
    // The cost tags come last so no override can drop them.
    tags: mergeTags(args.tags, costTags),
    tagsFor: (override?: Tags) => mergeTags(args.tags, override, costTags),
    common: { resourceGroupName: args.resourceGroupName, location: args.location },
  };
}
