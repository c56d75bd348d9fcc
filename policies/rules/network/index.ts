import type { WafPolicy } from "../../lib";
import { bastionStandardSku } from "./bastionStandardSku";
import { bastionSubnetSize } from "./bastionSubnetSize";
import { firewallPolicyIdpsDeny } from "./firewallPolicyIdpsDeny";
import { firewallPolicyThreatIntelDeny } from "./firewallPolicyThreatIntelDeny";
import { firewallSubnetNatGateway } from "./firewallSubnetNatGateway";
import { flowLogRetention } from "./flowLogRetention";
import { hubVnetRequiredSubnets } from "./hubVnetRequiredSubnets";
import { nsgAksManagedNoCustomRules } from "./nsgAksManagedNoCustomRules";
import { nsgAssociated } from "./nsgAssociated";
import { nsgDenyOutboundRemoteAccess } from "./nsgDenyOutboundRemoteAccess";
import { nsgNoAnyInboundSource } from "./nsgNoAnyInboundSource";
import { nsgNoDenyAllInbound } from "./nsgNoDenyAllInbound";
import { nsgNoInternetHttp } from "./nsgNoInternetHttp";
import { nsgNoInternetRemoteAccess } from "./nsgNoInternetRemoteAccess";
import { nsgNoInternetUdp } from "./nsgNoInternetUdp";
import { privateEndpointAutoApproved } from "./privateEndpointAutoApproved";
import { privateEndpointDnsZoneGroup } from "./privateEndpointDnsZoneGroup";
import { privateEndpointRequired } from "./privateEndpointRequired";
import { publicIpAttached } from "./publicIpAttached";
import { publicIpStandardSku } from "./publicIpStandardSku";
import { publicIpZoneRedundant } from "./publicIpZoneRedundant";
import { subnetNoDefaultOutboundAccess } from "./subnetNoDefaultOutboundAccess";
import { subnetNsgAttached } from "./subnetNsgAttached";
import { subnetRouteToFirewall } from "./subnetRouteToFirewall";
import { vnetDnsServersLocal } from "./vnetDnsServersLocal";
import { vnetDnsServersRedundant } from "./vnetDnsServersRedundant";
import { vnetPeeringTransit } from "./vnetPeeringTransit";
import { hubConnectionInternetSecurity } from "./hubConnectionInternetSecurity";

/** Network security group, virtual network, subnet, public IP, flow log and private endpoint rules. */
export const networkRules: WafPolicy[] = [
  nsgNoInternetRemoteAccess,
  nsgNoInternetHttp,
  nsgNoInternetUdp,
  nsgNoAnyInboundSource,
  nsgNoDenyAllInbound,
  nsgDenyOutboundRemoteAccess,
  nsgAksManagedNoCustomRules,
  subnetNsgAttached,
  subnetNoDefaultOutboundAccess,
  firewallSubnetNatGateway,
  vnetDnsServersRedundant,
  vnetDnsServersLocal,
  publicIpStandardSku,
  publicIpZoneRedundant,
  flowLogRetention,
  privateEndpointAutoApproved,
  privateEndpointRequired,
  privateEndpointDnsZoneGroup,
  nsgAssociated,
  hubVnetRequiredSubnets,
  publicIpAttached,
  firewallPolicyThreatIntelDeny,
  firewallPolicyIdpsDeny,
  subnetRouteToFirewall,
  bastionStandardSku,
  bastionSubnetSize,
  vnetPeeringTransit,
  hubConnectionInternetSecurity,
];
