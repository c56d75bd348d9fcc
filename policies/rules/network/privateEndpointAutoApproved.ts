import type { PrivateEndpointArgs } from "@pulumi/azure-native/network";
import { Props, resourceRule, T } from "../../lib";

export const privateEndpointAutoApproved = resourceRule({
  name: "private-endpoint-auto-approved",
  description:
    "Private endpoints connect through auto-approved connections, not manual approval requests.",
  severity: "low",
  pillar: "operational-excellence",
  principle: "minimize-operational-burden",
  anchors: ["own:Azure Private Link docs (connection approval workflow)"],
  remediationSteps:
    "Use privateLinkServiceConnections (auto-approved when the deployer has rights on the target) instead of manualPrivateLinkServiceConnections.",
  url: "https://learn.microsoft.com/azure/private-link/private-endpoint-overview#access-to-a-private-link-resource-using-approval-workflow",
  types: [T.privateEndpoint],
  validate: (props: Props<PrivateEndpointArgs>, ctx) => {
    if ("manualPrivateLinkServiceConnections" in props) {
      const manual = props.manualPrivateLinkServiceConnections ?? [];
      if (manual.length > 0) {
        ctx.report(
          "manualPrivateLinkServiceConnections is set, so the connection waits for manual approval; use privateLinkServiceConnections.",
        );
        return;
      }
    }
    if (
      !("privateLinkServiceConnections" in props) ||
      (props.privateLinkServiceConnections ?? []).length === 0
    ) {
      ctx.report(
        "privateLinkServiceConnections is empty; connect the endpoint to its target service.",
      );
    }
  },
});
