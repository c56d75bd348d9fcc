/**
 * One resource per Checkov / PSRule anchor cited by the Azure AI services rules, each with
 * exactly the peer rule's defect on top of inputs that pass every AI services rule.
 */
import { T } from "../../../policies/lib";
import { accountWith, compliantAccount } from "../rules/cognitiveservices/fixtures";
import type { AnchorCase } from "./anchorCase";

const account = (props: Record<string, unknown>) => ({ type: T.aiAccount, props });
const withoutIdentity = (kind: string) => {
  const props: Record<string, unknown> = { ...compliantAccount(), kind };
  delete props.identity;
  return account(props);
};

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_236",
    policy: "ai-account-local-auth-disabled",
    resource: account(accountWith({ disableLocalAuth: false })),
  },
  {
    anchor: "psrule:Azure.AI.DisableLocalAuth",
    policy: "ai-account-local-auth-disabled",
    resource: account(accountWith({ disableLocalAuth: false })),
  },
  {
    anchor: "checkov:CKV_AZURE_134",
    policy: "ai-account-public-network-access-disabled",
    resource: account(accountWith({ publicNetworkAccess: "Enabled" })),
  },
  {
    anchor: "psrule:Azure.AI.PrivateEndpoints",
    policy: "ai-account-public-network-access-disabled",
    resource: account(accountWith({ publicNetworkAccess: "Enabled" })),
  },
  {
    anchor: "psrule:Azure.AI.PublicAccess",
    policy: "ai-account-network-default-deny",
    resource: account(
      accountWith({
        publicNetworkAccess: "Enabled",
        networkAcls: { defaultAction: "Allow", bypass: "None" },
      }),
    ),
  },
  {
    anchor: "checkov:CKV_AZURE_247",
    policy: "ai-account-outbound-restricted",
    resource: account(accountWith({ restrictOutboundNetworkAccess: false })),
  },
  {
    anchor: "checkov:CKV2_AZURE_22",
    policy: "ai-account-cmk-encryption",
    resource: account(accountWith({ encryption: undefined })),
  },
  {
    anchor: "checkov:CKV_AZURE_238",
    policy: "ai-account-managed-identity",
    resource: withoutIdentity("OpenAI"),
  },
  {
    anchor: "psrule:Azure.AI.ManagedIdentity",
    policy: "ai-account-managed-identity",
    resource: withoutIdentity("TextAnalytics"),
  },
];
