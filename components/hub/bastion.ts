import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import {
  azureContext,
  createDiagnosticSettings,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  knownResourceId,
  mergeTags,
  Tags,
  tagProblems,
  validateDiagnosticSettings,
} from "../common";
import { bastionSecurityRules } from "./bastionRules";
import { createOperatorSubnet, OperatorSubnetArgs, validateOperatorSubnet } from "./operatorSubnet";

const TOKEN = "ailz:hub:Bastion";

export interface BastionArgs extends OperatorSubnetArgs {
  /** Required. The resource group for Bastion, its public IP and its NSG. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /**
   * Native-client tunneling (`az network bastion ssh/tunnel`), which also lets operators forward
   * arbitrary ports; off unless asked, since it bypasses the browser session's controls.
   * @default false
   */
  enableTunneling?: boolean;
  /** Bastion instances (2-50); each serves about 20 concurrent SSH sessions. @default 2 */
  scaleUnits?: number;
  /** Required. Where Bastion's audit logs go; `[]` opts out. */
  diagnosticSettings: DiagnosticSettingArgs[];
  /** Tags for every child that takes tags. @default {} */
  tags?: Tags;
}

type ResolvedBastionArgs = BastionArgs &
  Required<Pick<BastionArgs, "enableTunneling" | "scaleUnits">>;

function resolve(args: BastionArgs): ResolvedBastionArgs {
  return {
    ...args,
    enableTunneling: args.enableTunneling ?? false,
    scaleUnits: args.scaleUnits ?? 2,
  };
}

function validate(name: string, args: ResolvedBastionArgs): void {
  const v = new InputValidator(TOKEN, name);
  validateOperatorSubnet(v, args, 26, "AzureBastionSubnet");
  v.check(
    Number.isInteger(args.scaleUnits) && args.scaleUnits >= 2 && args.scaleUnits <= 50,
    "scaleUnits",
    `${args.scaleUnits} is out of range: use a whole number from 2 to 50`,
  );
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  v.report("tags", tagProblems(args.tags));
  v.throwIfInvalid();
}

/**
 * Azure Bastion, Standard SKU, in an AzureBastionSubnet with the NSG rules Bastion requires:
 * operators reach private VMs (the jump box) over the browser or, when asked, a native client,
 * with no public IP on any VM. Shareable links, IP-based connection and file copy stay off.
 */
export class Bastion extends pulumi.ComponentResource {
  public readonly resourceId: pulumi.Output<string>;
  /** The AzureBastionSubnet's ID; the next subnet of the same VNet waits for it. */
  public readonly subnetResourceId: pulumi.Output<string>;
  /** The AzureBastionSubnet's CIDR block, which the jump box's NSG admits SSH from. */
  public readonly subnetPrefix: string;

  constructor(name: string, args: BastionArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolve(args);
    validate(name, resolved);
    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const rg = resolved.resourceGroupName;

    const subnetId = createOperatorSubnet(
      name,
      "bastion",
      // Azure requires this exact name; Bastion's subnet takes no route table.
      "AzureBastionSubnet",
      {
        resourceGroupName: rg,
        location: resolved.location,
        virtualNetworkResourceId: resolved.virtualNetworkResourceId,
        subnetPrefix: resolved.subnetPrefix,
        securityRules: bastionSecurityRules(),
        tags,
        subscriptionId,
      },
      this,
    );
    const pipName = defaultName("publicIpAddress", `${name}-bastion`);
    const publicIp = new network.PublicIPAddress(
      `${name}-pip`,
      {
        resourceGroupName: rg,
        location: resolved.location,
        publicIpAddressName: pipName,
        sku: { name: "Standard", tier: "Regional" },
        publicIPAllocationMethod: "Static",
        publicIPAddressVersion: "IPv4",
        zones: ["1", "2", "3"],
        tags,
      },
      { parent: this },
    );
    const bastionName = defaultName("bastionHost", name);
    const bastion = new network.BastionHost(
      `${name}-bastion`,
      {
        resourceGroupName: rg,
        location: resolved.location,
        bastionHostName: bastionName,
        sku: { name: "Standard" },
        scaleUnits: resolved.scaleUnits,
        enableTunneling: resolved.enableTunneling,
        enableShareableLink: false,
        enableIpConnect: false,
        enableFileCopy: false,
        ipConfigurations: [
          {
            name: "ipconfig",
            subnet: { id: subnetId },
            publicIPAddress: {
              id: knownResourceId(
                publicIp,
                subscriptionId,
                rg,
                "Microsoft.Network/publicIPAddresses",
                pipName,
              ),
            },
          },
        ],
        tags,
      },
      { parent: this },
    );
    this.resourceId = knownResourceId(
      bastion,
      subscriptionId,
      rg,
      "Microsoft.Network/bastionHosts",
      bastionName,
    );
    createDiagnosticSettings(name, "bastion", this.resourceId, resolved.diagnosticSettings, {
      parent: this,
    });
    this.subnetResourceId = subnetId;
    this.subnetPrefix = resolved.subnetPrefix;
    this.registerOutputs({ resourceId: this.resourceId });
  }
}
