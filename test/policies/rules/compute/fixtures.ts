/** A VM and a scale set as JumpBox and BuildAgents write them: they pass every VM rule. */
const security = () => ({
  securityType: "TrustedLaunch",
  uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
  encryptionAtHost: true,
});
const osProfile = () => ({
  adminUsername: "ailzadmin",
  linuxConfiguration: {
    disablePasswordAuthentication: true,
    ssh: {
      publicKeys: [{ path: "/home/ailzadmin/.ssh/authorized_keys", keyData: "ssh-ed25519 AAAA" }],
    },
  },
});

export const vm = (): Record<string, any> => ({
  resourceGroupName: "rg",
  vmName: "vm-ops",
  osProfile: osProfile(),
  securityProfile: security(),
});

export const scaleSet = (): Record<string, any> => ({
  resourceGroupName: "rg",
  vmScaleSetName: "vmss-ci",
  virtualMachineProfile: {
    osProfile: { ...osProfile(), computerNamePrefix: "agent" },
    securityProfile: security(),
    networkProfile: {
      networkInterfaceConfigurations: [
        {
          name: "nic",
          primary: true,
          ipConfigurations: [{ name: "ipconfig", subnet: { id: "x" } }],
        },
      ],
    },
  },
});

export const nic = (): Record<string, any> => ({
  resourceGroupName: "rg",
  ipConfigurations: [
    { name: "ipconfig", subnet: { id: "x" }, privateIPAllocationMethod: "Dynamic" },
  ],
});
