import type { WafPolicy } from "../../lib";
import { privateEndpointAutoApproved } from "./privateEndpointAutoApproved";
import { privateEndpointDnsZoneGroup } from "./privateEndpointDnsZoneGroup";
import { privateEndpointRequired } from "./privateEndpointRequired";

/** Private endpoint rules. */
export const networkRules: WafPolicy[] = [
  privateEndpointAutoApproved,
  privateEndpointRequired,
  privateEndpointDnsZoneGroup,
];
