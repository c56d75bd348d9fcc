import * as pulumi from "@pulumi/pulumi";
import * as network from "@pulumi/azure-native/network";
import {
  azureContext,
  carve,
  Cidr,
  cidrProblem,
  contains,
  createDiagnosticSettings,
  defaultName,
  DiagnosticSettingArgs,
  InputValidator,
  knownResourceId,
  mergeTags,
  nameProblem,
  overlaps,
  parseCidr,
  Tags,
  tagProblems,
  validateDiagnosticSettings,
} from "../common";
import { egressRuleCollections } from "./firewallRules";

const TOKEN = "ailz:hub:EgressFirewall";

/** Azure Firewall's tiers this component offers; Basic has no DNS proxy and too little throughput. */
export type FirewallTier = "Standard" | "Premium";

export interface EgressFirewallArgs {
  /** Required. The resource group for the hub VNet, the firewall and its policy. */
  resourceGroupName: pulumi.Input<string>;
  /** @default - the resource group's location */
  location?: pulumi.Input<string>;
  /** The hub VNet's address space. @default ["10.40.0.0/24"] */
  addressPrefixes?: string[];
  /** The hub VNet's name. @default `vnet-<name>-hub` */
  virtualNetworkName?: string;
  /**
   * The AzureFirewallSubnet's CIDR block, /26 or larger (Azure's minimum), inside
   * `addressPrefixes`. @default - the first /26 of the first address prefix
   */
  firewallSubnetPrefix?: string;
  /**
   * Required. The address spaces allowed to send through the firewall (the spokes). Nothing
   * else matches the rules, so other sources hit the firewall's implicit deny.
   */
  sourceAddressPrefixes: string[];
  /**
   * `Premium` adds intrusion detection and prevention (IDPS, set to Deny). `Standard` costs less
   * and has no IDPS; the pack's `firewall-policy-idps-deny` reports it.
   * @default "Premium"
   */
  tier?: FirewallTier;
  /** Availability zones of the firewall and its public IP. @default ["1", "2", "3"] */
  zones?: string[];
  /**
   * Sends the firewall's outbound traffic through a NAT gateway (zone 1, with a zone-redundant
   * public IP), which gives far more SNAT ports than the firewall's own address. `false` saves
   * its cost; the pack's `firewall-subnet-nat-gateway` reports it.
   * @default true
   */
  natGateway?: boolean;
  /** More FQDNs the workloads may reach over HTTPS (package mirrors, model hubs). @default [] */
  allowedFqdns?: string[];
  /** Required. Where the firewall's logs go; `[]` opts out. */
  diagnosticSettings: DiagnosticSettingArgs[];
  /** Tags for every child that takes tags. @default {} */
  tags?: Tags;
}

type ResolvedEgressFirewallArgs = EgressFirewallArgs &
  Required<
    Pick<
      EgressFirewallArgs,
      "addressPrefixes" | "tier" | "zones" | "allowedFqdns" | "virtualNetworkName" | "natGateway"
    >
  > & { firewallSubnetPrefix: string | undefined };

function resolve(name: string, args: EgressFirewallArgs): ResolvedEgressFirewallArgs {
  const addressPrefixes = args.addressPrefixes ?? ["10.40.0.0/24"];
  const first = addressPrefixes.length > 0 ? parseCidr(addressPrefixes[0]) : undefined;
  return {
    ...args,
    addressPrefixes,
    virtualNetworkName: args.virtualNetworkName ?? defaultName("virtualNetwork", `${name}-hub`),
    firewallSubnetPrefix: args.firewallSubnetPrefix ?? (first ? carve(first, 26, 0) : undefined),
    tier: args.tier ?? "Premium",
    zones: args.zones ?? ["1", "2", "3"],
    allowedFqdns: args.allowedFqdns ?? [],
    natGateway: args.natGateway ?? true,
  };
}

/** Parses a list of CIDR blocks, reporting each malformed one at `path[i]`. */
export function cidrList(v: InputValidator, path: string, prefixes: readonly string[]): Cidr[] {
  const parsed: Cidr[] = [];
  prefixes.forEach((p, i) => {
    const problem = cidrProblem(p);
    v.report(`${path}[${i}]`, problem);
    const cidr = problem ? undefined : parseCidr(p);
    if (cidr) parsed.push(cidr);
  });
  return parsed;
}

function validate(name: string, args: ResolvedEgressFirewallArgs): Cidr {
  const v = new InputValidator(TOKEN, name);
  const space = cidrList(v, "addressPrefixes", args.addressPrefixes);
  v.check(
    args.addressPrefixes.length > 0,
    "addressPrefixes",
    'needs a CIDR block, e.g. ["10.40.0.0/24"]',
  );
  v.report("virtualNetworkName", nameProblem("virtualNetwork", args.virtualNetworkName));
  let subnet: Cidr | undefined;
  if (args.firewallSubnetPrefix === undefined) {
    v.check(
      space.length === 0,
      "firewallSubnetPrefix",
      `has no default: ${space[0]?.text} is smaller than the /26 AzureFirewallSubnet needs; give a /26 or larger address space`,
    );
  } else {
    const problem = cidrProblem(args.firewallSubnetPrefix);
    v.report("firewallSubnetPrefix", problem);
    subnet = problem ? undefined : parseCidr(args.firewallSubnetPrefix);
    if (subnet) {
      v.check(
        subnet.prefixLength <= 26,
        "firewallSubnetPrefix",
        `${subnet.text} is too small: AzureFirewallSubnet must be /26 or larger`,
      );
      v.check(
        space.length === 0 || space.some((s) => contains(s, subnet!)),
        "firewallSubnetPrefix",
        `${subnet.text} is outside the address space ${args.addressPrefixes.join(", ")}`,
      );
    }
  }
  v.check(
    args.sourceAddressPrefixes.length > 0,
    "sourceAddressPrefixes",
    "needs the spokes' address spaces: only they may send through the firewall",
  );
  const sources = cidrList(v, "sourceAddressPrefixes", args.sourceAddressPrefixes);
  sources.forEach((src, i) => {
    const clash = space.find((s) => overlaps(s, src));
    if (clash)
      v.fail(
        `sourceAddressPrefixes[${i}]`,
        `${src.text} overlaps the hub's address space ${clash.text}: hub and spoke address spaces must not overlap`,
      );
  });
  v.check(
    args.tier === "Standard" || args.tier === "Premium",
    "tier",
    `"${args.tier}" is not a tier: use Premium or Standard`,
  );
  args.zones.forEach((z, i) =>
    v.check(
      ["1", "2", "3"].includes(z),
      `zones[${i}]`,
      `"${z}" is not a zone: use "1", "2" or "3"`,
    ),
  );
  args.allowedFqdns.forEach((f, i) =>
    v.check(
      /^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(
        f,
      ),
      `allowedFqdns[${i}]`,
      `"${f}" is not a host name: use e.g. pypi.org or *.huggingface.co`,
    ),
  );
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  v.report("tags", tagProblems(args.tags));
  v.throwIfInvalid();
  return subnet!;
}

/**
 * A NAT gateway for the firewall's subnet. NAT gateways are zonal; a zonal one may use a
 * zone-redundant public IP, so the address survives a zone failure even though the gateway
 * itself lives in zone 1.
 */
function createFirewallNatGateway(
  name: string,
  resourceGroupName: pulumi.Input<string>,
  location: pulumi.Input<string> | undefined,
  tags: Tags,
  subscriptionId: pulumi.Input<string>,
  parent: pulumi.Resource,
): pulumi.Output<string> {
  const pipName = defaultName("publicIpAddress", `${name}-nat`);
  const pip = new network.PublicIPAddress(
    `${name}-nat-pip`,
    {
      resourceGroupName,
      location,
      publicIpAddressName: pipName,
      sku: { name: "Standard", tier: "Regional" },
      publicIPAllocationMethod: "Static",
      publicIPAddressVersion: "IPv4",
      zones: ["1", "2", "3"],
      tags,
    },
    { parent },
  );
  const natName = `ng-${name}`;
  const nat = new network.NatGateway(
    `${name}-nat`,
    {
      resourceGroupName,
      location,
      natGatewayName: natName,
      sku: { name: "Standard" },
      zones: ["1"],
      idleTimeoutInMinutes: 4,
      publicIpAddresses: [
        {
          id: knownResourceId(
            pip,
            subscriptionId,
            resourceGroupName,
            "Microsoft.Network/publicIPAddresses",
            pipName,
          ),
        },
      ],
      tags,
    },
    { parent },
  );
  return knownResourceId(
    nat,
    subscriptionId,
    resourceGroupName,
    "Microsoft.Network/natGateways",
    natName,
  );
}

/** The first address Azure hands out in a subnet (it reserves the first four). */
export function firstUsableAddress(subnet: Cidr): string {
  const address = subnet.start + 4;
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

/**
 * A minimal hub for the landing zone's egress: a hub VNet with an AzureFirewallSubnet, a
 * zone-redundant Azure Firewall (Premium by default) and its policy, which denies traffic to
 * and from known-malicious addresses (threat intelligence in Deny mode), proxies DNS (so FQDN
 * network rules resolve as the clients do), prevents intrusions on Premium (IDPS in Deny mode)
 * and allows only what the zone's services need: Azure ML, AKS (the `AzureKubernetesService`
 * FQDN tag), Azure Monitor, the container registries, Entra ID, Storage and Key Vault. Logs go
 * to Log Analytics.
 *
 * Spokes send `0.0.0.0/0` to `privateIpAddress` (see `LandingZoneNetwork`'s `egress`) and peer
 * with `virtualNetworkResourceId` (see `HubPeering`).
 */
export class EgressFirewall extends pulumi.ComponentResource {
  /** The firewall's private address, the next hop of the spokes' default route. */
  public readonly privateIpAddress: string;
  /** The hub VNet's ID, composed from known names. */
  public readonly virtualNetworkResourceId: pulumi.Output<string>;
  public readonly virtualNetworkName: string;
  public readonly addressPrefixes: string[];
  public readonly firewallResourceId: pulumi.Output<string>;
  public readonly firewallPolicyResourceId: pulumi.Output<string>;

  constructor(name: string, args: EgressFirewallArgs, opts?: pulumi.ComponentResourceOptions) {
    super(TOKEN, name, {}, opts);
    const resolved = resolve(name, args);
    const subnetCidr = validate(name, resolved);

    const tags = mergeTags(resolved.tags);
    const { subscriptionId } = azureContext(this);
    const rg = resolved.resourceGroupName;
    const location = resolved.location;
    const vnetName = resolved.virtualNetworkName;

    const vnet = new network.VirtualNetwork(
      `${name}-vnet`,
      {
        resourceGroupName: rg,
        location,
        virtualNetworkName: vnetName,
        addressSpace: { addressPrefixes: resolved.addressPrefixes },
        tags,
      },
      { parent: this },
    );
    const natGatewayId = resolved.natGateway
      ? createFirewallNatGateway(name, rg, location, tags, subscriptionId, this)
      : undefined;
    const subnet = new network.Subnet(
      `${name}-snet-firewall`,
      {
        resourceGroupName: rg,
        virtualNetworkName: vnetName,
        // Azure requires this exact name for the firewall's subnet.
        subnetName: "AzureFirewallSubnet",
        addressPrefix: subnetCidr.text,
        natGateway: natGatewayId === undefined ? undefined : { id: natGatewayId },
      },
      { parent: this, dependsOn: [vnet] },
    );
    const pipName = defaultName("publicIpAddress", `${name}-firewall`);
    const publicIp = new network.PublicIPAddress(
      `${name}-pip`,
      {
        resourceGroupName: rg,
        location,
        publicIpAddressName: pipName,
        sku: { name: "Standard", tier: "Regional" },
        publicIPAllocationMethod: "Static",
        publicIPAddressVersion: "IPv4",
        zones: resolved.zones,
        tags,
      },
      { parent: this },
    );
    const policyName = defaultName("firewallPolicy", name);
    const policy = new network.FirewallPolicy(
      `${name}-policy`,
      {
        resourceGroupName: rg,
        location,
        firewallPolicyName: policyName,
        sku: { tier: resolved.tier },
        threatIntelMode: "Deny",
        dnsSettings: { enableProxy: true },
        intrusionDetection: resolved.tier === "Premium" ? { mode: "Deny" } : undefined,
        tags,
      },
      { parent: this },
    );
    const policyId = knownResourceId(
      policy,
      subscriptionId,
      rg,
      "Microsoft.Network/firewallPolicies",
      policyName,
    );
    const rules = new network.FirewallPolicyRuleCollectionGroup(
      `${name}-egress-rules`,
      {
        resourceGroupName: rg,
        firewallPolicyName: policyName,
        ruleCollectionGroupName: "landing-zone-egress",
        priority: 200,
        ruleCollections: egressRuleCollections(
          resolved.sourceAddressPrefixes,
          resolved.allowedFqdns,
        ),
      },
      { parent: this, dependsOn: [policy] },
    );
    const firewallName = defaultName("azureFirewall", name);
    const firewall = new network.AzureFirewall(
      `${name}-firewall`,
      {
        resourceGroupName: rg,
        location,
        azureFirewallName: firewallName,
        sku: { name: "AZFW_VNet", tier: resolved.tier },
        firewallPolicy: { id: policyId },
        zones: resolved.zones,
        ipConfigurations: [
          {
            name: "ipconfig",
            subnet: {
              id: knownResourceId(
                subnet,
                subscriptionId,
                rg,
                "Microsoft.Network/virtualNetworks/subnets",
                vnetName,
                "AzureFirewallSubnet",
              ),
            },
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
      // Azure rejects a firewall whose policy is still being changed.
      { parent: this, dependsOn: [rules] },
    );
    const firewallId = knownResourceId(
      firewall,
      subscriptionId,
      rg,
      "Microsoft.Network/azureFirewalls",
      firewallName,
    );
    createDiagnosticSettings(name, "firewall", firewallId, resolved.diagnosticSettings, {
      parent: this,
    });

    this.privateIpAddress = firstUsableAddress(subnetCidr);
    this.virtualNetworkResourceId = knownResourceId(
      vnet,
      subscriptionId,
      rg,
      "Microsoft.Network/virtualNetworks",
      vnetName,
    );
    this.virtualNetworkName = vnetName;
    this.addressPrefixes = resolved.addressPrefixes;
    this.firewallResourceId = firewallId;
    this.firewallPolicyResourceId = policyId;
    this.registerOutputs({
      privateIpAddress: this.privateIpAddress,
      virtualNetworkResourceId: this.virtualNetworkResourceId,
      firewallResourceId: this.firewallResourceId,
    });
  }
}
