import { T } from "../../../policies/lib";
import type { AnchorCase } from "./anchorCase";

const SUB = "/subscriptions/00000000-0000-0000-0000-000000000000";

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_39",
    policy: "custom-role-no-broad-actions",
    resource: {
      type: T.roleDefinition,
      props: {
        scope: SUB,
        roleName: "subscription-admin",
        permissions: [{ actions: ["*"] }],
        assignableScopes: [SUB],
      },
    },
  },
  {
    anchor: "psrule:Azure.Identity.UserAssignedName",
    policy: "resource-name-valid",
    resource: {
      type: T.userAssignedIdentity,
      props: { resourceGroupName: "rg-ai", resourceName: "id" },
    },
  },
];
