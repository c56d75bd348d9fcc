import type { InferenceClusterArgs } from "./args";

/** The cluster's overlay pod CIDR, service CIDR and DNS address, defaults applied. */
export function resolveAddressPlan(args: InferenceClusterArgs): {
  podCidr: string;
  serviceCidr: string;
  dnsServiceIP: string;
} {
  return {
    podCidr: args.podCidr ?? "10.244.0.0/16",
    serviceCidr: args.serviceCidr ?? "10.0.0.0/16",
    dnsServiceIP: args.dnsServiceIP ?? "10.0.0.10",
  };
}
