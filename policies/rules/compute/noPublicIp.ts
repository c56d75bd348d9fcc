import { has, resourceRule, T } from "../../lib";

export const vmNoPublicIp = resourceRule({
  name: "vm-no-public-ip",
  description:
    "Network interfaces and scale set instances have no public IP address; operators come in through Bastion.",
  severity: "high",
  pillar: "security",
  principle: "reduce-the-attack-surface",
  anchors: ["checkov:CKV_AZURE_119", "mcsb:NS-1"],
  remediationSteps:
    "Remove publicIPAddress from the NIC's ipConfigurations (publicIPAddressConfiguration from a scale set's); reach the VM through Azure Bastion.",
  url: "https://learn.microsoft.com/azure/bastion/bastion-overview",
  types: [T.networkInterface, T.virtualMachineScaleSet],
  validate: (props: Record<string, any>, ctx) => {
    if (ctx.type === T.networkInterface) {
      ((props.ipConfigurations ?? []) as Record<string, any>[]).forEach((c, i) => {
        if (has(c, "publicIPAddress") && c.publicIPAddress != null)
          ctx.report(`ipConfigurations[${i}] has a publicIPAddress; remove it.`);
      });
      return;
    }
    const nics = (props.virtualMachineProfile?.networkProfile?.networkInterfaceConfigurations ??
      []) as Record<string, any>[];
    nics.forEach((nic, i) =>
      ((nic.ipConfigurations ?? []) as Record<string, any>[]).forEach((c, j) => {
        if (has(c, "publicIPAddressConfiguration") && c.publicIPAddressConfiguration != null)
          ctx.report(
            `virtualMachineProfile.networkProfile.networkInterfaceConfigurations[${i}].ipConfigurations[${j}] has a publicIPAddressConfiguration; remove it.`,
          );
      }),
    );
  },
});
