/**
 * One resource per Checkov anchor cited by the API Management rules, each with exactly the peer
 * rule's defect on top of inputs that pass every API Management rule.
 */
import { T } from "../../../policies/lib";
import { compliantBackend, serviceWith } from "../rules/apimanagement/fixtures";
import type { AnchorCase } from "./anchorCase";

const service = (changes: Record<string, unknown>) => ({
  type: T.apiManagement,
  props: serviceWith(changes),
});

export const anchorCases: AnchorCase[] = [
  {
    anchor: "checkov:CKV_AZURE_107",
    policy: "apim-private-network",
    resource: service({ virtualNetworkType: "None", virtualNetworkConfiguration: undefined }),
  },
  {
    anchor: "checkov:CKV_AZURE_174",
    policy: "apim-private-network",
    resource: service({ virtualNetworkType: "External" }),
  },
  {
    anchor: "checkov:CKV_AZURE_173",
    policy: "apim-min-tls",
    resource: service({
      customProperties: {
        "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls11": "true",
      },
    }),
  },
  {
    anchor: "checkov:CKV_AZURE_215",
    policy: "apim-backend-https",
    resource: { type: T.apimBackend, props: { ...compliantBackend(), url: "http://model" } },
  },
];
