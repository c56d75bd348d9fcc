import * as pulumi from "@pulumi/pulumi";
import * as compute from "@pulumi/azure-native/compute";
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

const TOKEN = "ailz:hub:BuildAgents";

export interface BuildAgentsArgs extends OperatorSubnetArgs {
  /** Required. The resource group for the scale set and its NSG. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /** The route table for the subnet (`LandingZoneNetwork.routeTableResourceId`). @default - none */
  routeTableResourceId?: pulumi.Input<string>;
  /**
   * Required. The administrator's OpenSSH public key (password login is disabled). Pipelines
   * register the instances as agents (Azure DevOps scale-set agents, GitHub runners); nobody
   * signs in to them.
   */
  adminSshPublicKey: string;
  /** @default "ailzadmin" */
  adminUsername?: string;
  /** @default "Standard_D4s_v5" */
  vmSize?: string;
  /** Instances at creation; the CI service scales the set afterwards (0-100). @default 0 */
  instanceCount?: number;
  /** @default `vmss-<name>` */
  scaleSetName?: string;
  /** Tags for every child that takes tags. @default {} */
  tags?: Tags;
}

type ResolvedBuildAgentsArgs = BuildAgentsArgs &
  Required<Pick<BuildAgentsArgs, "adminUsername" | "vmSize" | "instanceCount" | "scaleSetName">>;

function resolve(name: string, args: BuildAgentsArgs): ResolvedBuildAgentsArgs {
  return {
    ...args,
    adminUsername: args.adminUsername ?? "ailzadmin",
    vmSize: args.vmSize ?? "Standard_D4s_v5",
    instanceCount: args.instanceCount ?? 0,
    scaleSetName: args.scaleSetName ?? defaultName("virtualMachineScaleSet", name),
  };
}

function validate(name: string, args: ResolvedBuildAgentsArgs): void {
  const v = new InputValidator(TOKEN, name);
  validateOperatorSubnet(v, args, 29, "an Azure subnet");
  v.report("adminSshPublicKey", sshKeyProblem(args.adminSshPublicKey ?? ""));
  v.report("adminUsername", adminUsernameProblem(args.adminUsername));
  v.report("scaleSetName", nameProblem("virtualMachineScaleSet", args.scaleSetName));
  v.check(
    Number.isInteger(args.instanceCount) && args.instanceCount >= 0 && args.instanceCount <= 100,
    "instanceCount",
    `${args.instanceCount} is out of range: use a whole number from 0 to 100`,
  );
  v.report(
    "routeTableResourceId",
    resourceIdProblem(args.routeTableResourceId, "Microsoft.Network/routeTables"),
  );
  v.report("tags", tagProblems(args.tags));
  v.throwIfInvalid();
}

/**
 * Private build agents: a subnet of the zone's VNet and a Linux VM scale set in it, for
 * deployments that must reach the private endpoints and the private AKS API. No public IPs,
 * password login disabled, Entra ID SSH login, trusted launch, encryption at host,
 * platform-managed patching, zone spread, managed boot diagnostics; egress through the zone's
 * route table.
 */
export class BuildAgents extends pulumi.ComponentResource {
  public readonly resourceId: pulumi.Output<string>;
  public readonly subnetResourceId: pulumi.Output<string>;

  constructor(name: string, args: BuildAgentsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolve(name, args);
    validate(name, resolved);
    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const rg = resolved.resourceGroupName;

    const subnetId = createOperatorSubnet(
      name,
      "agents",
      defaultName("subnet", "build-agents"),
      {
        resourceGroupName: rg,
        location: resolved.location,
        virtualNetworkResourceId: resolved.virtualNetworkResourceId,
        subnetPrefix: resolved.subnetPrefix,
        routeTableResourceId: resolved.routeTableResourceId,
        // Agents take no inbound sessions at all: no Bastion source is admitted.
        securityRules: bastionOnlyRules(undefined),
        tags,
        subscriptionId,
      },
      this,
    );
    const scaleSet = new compute.VirtualMachineScaleSet(
      `${name}-vmss`,
      {
        resourceGroupName: rg,
        location: resolved.location,
        vmScaleSetName: resolved.scaleSetName,
        // Flexible orchestration: the platform patches each instance (AutomaticByPlatform),
        // which Uniform scale sets do not support.
        orchestrationMode: "Flexible",
        platformFaultDomainCount: 1,
        sku: { name: resolved.vmSize, tier: "Standard", capacity: resolved.instanceCount },
        zones: ["1", "2", "3"],
        identity: { type: "SystemAssigned" },
        virtualMachineProfile: {
          osProfile: {
            computerNamePrefix: "agent",
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
              caching: "ReadOnly",
              managedDisk: { storageAccountType: "Premium_LRS" },
            },
          },
          networkProfile: {
            networkApiVersion: "2020-11-01",
            networkInterfaceConfigurations: [
              {
                name: "nic",
                primary: true,
                // No publicIPAddressConfiguration: instances have private addresses only.
                ipConfigurations: [{ name: "ipconfig", subnet: { id: subnetId } }],
              },
            ],
          },
          diagnosticsProfile: managedBootDiagnostics,
          // Break-glass sessions sign in with Entra ID, as on the jump box.
          extensionProfile: { extensions: [{ name: "AADSSHLoginForLinux", ...entraSshLogin }] },
        },
        tags,
      },
      { parent: this },
    );
    this.resourceId = knownResourceId(
      scaleSet,
      subscriptionId,
      rg,
      "Microsoft.Compute/virtualMachineScaleSets",
      resolved.scaleSetName,
    );
    this.subnetResourceId = subnetId;
    this.registerOutputs({ resourceId: this.resourceId });
  }
}
