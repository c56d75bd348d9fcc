import { ofType, stackRule, T, TYPE_GROUPS } from "../../lib";

/** Resources that depend on an address without using it (monitoring, locks, access). */
const BYSTANDERS: readonly string[] = [
  ...TYPE_GROUPS.diagnosticSetting,
  "azure-native:authorization:ManagementLockByScope",
  "azure-native:authorization:ManagementLockAtResourceLevel",
  T.roleAssignment,
];

export const publicIpAttached = stackRule({
  name: "public-ip-attached",
  description:
    "Every public IP address in the stack is used by another resource of the stack (a NIC, load balancer, gateway, firewall or Bastion host).",
  severity: "low",
  pillar: "cost-optimization",
  principle: "use-what-you-pay-for",
  anchors: ["psrule:Azure.PublicIP.IsAttached"],
  remediationSteps:
    "Reference the address from the resource that should use it (ipConfigurations[].publicIPAddress.id), or remove it: Standard addresses are billed whether used or not.",
  url: "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses#pricing",
  types: [T.publicIpAddress],
  subject: T.publicIpAddress,
  validate: (resources, ctx) => {
    const users = resources.filter((r) => !BYSTANDERS.includes(r.type));
    for (const address of ofType(resources, [T.publicIpAddress])) {
      if (users.some((u) => u.dependencies.some((d) => d.urn === address.urn))) continue;
      ctx.report(
        `The public IP address '${address.name}' is used by no other resource in the stack; attach it or remove it.`,
        address,
      );
    }
  },
});
