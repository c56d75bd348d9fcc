/**
 * One service per Checkov / PSRule anchor cited by the AI Search rules, each with exactly the
 * peer rule's defect on top of inputs that pass every AI Search rule.
 */
import { T } from "../../../policies/lib";
import { serviceWith } from "../rules/search/fixtures";
import type { AnchorCase } from "./anchorCase";

const service = (changes: Record<string, unknown>) => ({
  type: T.searchService,
  props: serviceWith(changes),
});

export const anchorCases: AnchorCase[] = [
  {
    anchor: "psrule:Azure.Search.LocalAuth",
    policy: "search-local-auth-disabled",
    resource: service({ disableLocalAuth: false }),
  },
  {
    anchor: "checkov:CKV_AZURE_124",
    policy: "search-public-network-access-disabled",
    resource: service({ publicNetworkAccess: "Enabled" }),
  },
  {
    anchor: "checkov:CKV_AZURE_210",
    policy: "search-public-network-access-disabled",
    resource: service({
      publicNetworkAccess: "Enabled",
      networkRuleSet: { bypass: "None", ipRules: [{ value: "0.0.0.0/0" }] },
    }),
  },
  {
    anchor: "checkov:CKV_AZURE_207",
    policy: "search-managed-identity",
    resource: service({ identity: undefined }),
  },
  {
    anchor: "checkov:CKV_AZURE_208",
    policy: "search-replica-count",
    resource: service({ replicaCount: 2 }),
  },
  {
    anchor: "checkov:CKV_AZURE_209",
    policy: "search-replica-count",
    resource: service({ replicaCount: 1 }),
  },
];
