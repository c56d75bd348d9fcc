import * as pulumi from "@pulumi/pulumi";
import * as compute from "@pulumi/azure-native/compute";
import * as network from "@pulumi/azure-native/network";
import {
  azureContext,
  defaultName,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  resourceIdProblem,
  Tags,
  tagProblems,
} from "../common";
import {
  bastionOnlyRules,
  createOperatorSubnet,
  OperatorSubnetArgs,
  validateOperatorSubnet,
} from "./operatorSubnet";
import {
  adminUsernameProblem,
  entraSshLogin,
  linuxConfiguration,
  managedBootDiagnostics,
  sshKeyProblem,
  trustedLaunchProfile,
  ubuntuImage,
} from "./vmSecurity";

const TOKEN = "ailz:hub:JumpBox";

export interface JumpBoxArgs extends OperatorSubnetArgs {
  /** Required. The resource group for the VM, its NIC, disk and NSG. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * The CIDR block of the AzureBastionSubnet (`Bastion.subnetPrefix`): the only source the
   * jump box's NSG admits SSH from.
   * @default - no SSH is admitted (Run Command and serial console still work)
   */
  bastionSubnetPrefix?: string;
  /** The route table for the subnet (`LandingZoneNetwork.routeTableResourceId`). @default - none */
  routeTableResourceId?: pulumi.Input<string>;
  /**
   * Required. The break-glass administrator's OpenSSH public key. Operators sign in with Entra ID
   * (`az network bastion ssh --auth-type AAD`); password login is disabled.
   */
  adminSshPublicKey: string;
  /** @default "ailzadmin" */
  adminUsername?: string;
  /** @default "Standard_D2s_v5" (encryption at host and trusted launch need a v5-class size) */
  vmSize?: string;
  /** @default `vm-<name>` */
  vmName?: string;
  /** The availability zone of the VM. @default "1" */
  zone?: string;
  /** Tags for every child that takes tags. @default {} */
  tags?: Tags;
}

type ResolvedJumpBoxArgs = JumpBoxArgs &
  Required<Pick<JumpBoxArgs, "adminUsername" | "vmSize" | "vmName" | "zone">>;

function resolve(name: string, args: JumpBoxArgs): ResolvedJumpBoxArgs {
  return {
    ...args,
    adminUsername: args.adminUsername ?? "ailzadmin",
    vmSize: args.vmSize ?? "Standard_D2s_v5",
    vmName: args.vmName ?? defaultName("virtualMachine", name),
    zone: args.zone ?? "1",
  };
}

function validate(name: string, args: ResolvedJumpBoxArgs): void {
  const v = new InputValidator(TOKEN, name);
  validateOperatorSubnet(v, args, 29, "an Azure subnet");
  v.report("adminSshPublicKey", sshKeyProblem(args.adminSshPublicKey ?? ""));
  v.report("adminUsername", adminUsernameProblem(args.adminUsername));
  v.report("vmName", nameProblem("virtualMachine", args.vmName));
  v.check(
    ["1", "2", "3"].includes(args.zone),
    "zone",
    `"${args.zone}" is not a zone: use "1", "2" or "3"`,
  );
  v.report(
    "routeTableResourceId",
    resourceIdProblem(args.routeTableResourceId, "Microsoft.Network/routeTables"),
  );
  v.report("tags", tagProblems(args.tags));
  v.throwIfInvalid();
}

/**
 * A Linux jump box for operators to reach the zone's private endpoints and the private AKS API
 * (az, kubectl, the ML CLI): no public IP, reached only through Bastion, Entra ID login through
 * the AADSSHLoginForLinux extension (sign-in rights come from the *Virtual Machine User Login*
 * or *Administrator Login* roles), password login disabled, trusted launch, encryption at host,
 * patches installed by the platform and managed boot diagnostics.
 */
export class JumpBox extends pulumi.ComponentResource {
  public readonly resourceId: pulumi.Output<string>;
  public readonly vmName: string;
  /** The jump box subnet's ID; the next subnet of the same VNet waits for it. */
  public readonly subnetResourceId: pulumi.Output<string>;
  /** The VM's system-assigned identity, for role assignments the operators' tools need. */
  public readonly principalId: pulumi.Output<string | undefined>;

  constructor(name: string, args: JumpBoxArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolve(name, args);
    validate(name, resolved);
    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const rg = resolved.resourceGroupName;

    const subnetId = createOperatorSubnet(
      name,
      "jumpbox",
      defaultName("subnet", "jumpbox"),
      {
        resourceGroupName: rg,
        location: resolved.location,
        virtualNetworkResourceId: resolved.virtualNetworkResourceId,
        subnetPrefix: resolved.subnetPrefix,
        routeTableResourceId: resolved.routeTableResourceId,
        securityRules: bastionOnlyRules(resolved.bastionSubnetPrefix),
        tags,
        subscriptionId,
      },
      this,
    );
    const nicName = defaultName("networkInterface", name);
    const nic = new network.NetworkInterface(
      `${name}-nic`,
      {
        resourceGroupName: rg,
        location: resolved.location,
        networkInterfaceName: nicName,
        // No publicIPAddress: the VM is reached through Bastion only.
        ipConfigurations: [
          { name: "ipconfig", subnet: { id: subnetId }, privateIPAllocationMethod: "Dynamic" },
        ],
        tags,
      },
      { parent: this },
    );
    const vm = new compute.VirtualMachine(
      `${name}-vm`,
      {
        resourceGroupName: rg,
        location: resolved.location,
        vmName: resolved.vmName,
        zones: [resolved.zone],
        hardwareProfile: { vmSize: resolved.vmSize },
        identity: { type: "SystemAssigned" },
        networkProfile: {
          networkInterfaces: [
            {
              id: knownResourceId(
                nic,
                subscriptionId,
                rg,
                "Microsoft.Network/networkInterfaces",
                nicName,
              ),
              primary: true,
            },
          ],
        },
        osProfile: {
          computerName: resolved.vmName,
          adminUsername: resolved.adminUsername,
          linuxConfiguration: linuxConfiguration(
            resolved.adminUsername,
            resolved.adminSshPublicKey,
          ),
        },
        securityProfile: trustedLaunchProfile,
        storageProfile: {
          imageReference: ubuntuImage,
          osDisk: {
            createOption: "FromImage",
            deleteOption: "Delete",
            managedDisk: { storageAccountType: "Premium_LRS" },
          },
        },
        diagnosticsProfile: managedBootDiagnostics,
        tags,
      },
      { parent: this },
    );
    new compute.VirtualMachineExtension(
      `${name}-entra-login`,
      {
        resourceGroupName: rg,
        location: resolved.location,
        vmName: resolved.vmName,
        vmExtensionName: "AADSSHLoginForLinux",
        ...entraSshLogin,
        tags,
      },
      { parent: this, dependsOn: [vm] },
    );
    this.resourceId = knownResourceId(
      vm,
      subscriptionId,
      rg,
      "Microsoft.Compute/virtualMachines",
      resolved.vmName,
    );
    this.vmName = resolved.vmName;
    this.subnetResourceId = subnetId;
    this.principalId = vm.identity.apply((i) => i?.principalId);
    this.registerOutputs({ resourceId: this.resourceId });
  }
}
