import * as pulumi from "@pulumi/pulumi";
import { fqdnPattern, InputValidator, parseResourceId, plain } from "../common";

/** Outbound modes a private workspace may use; `Disabled` is not offered (see `isolationMode`). */
export type MlIsolationMode = "AllowOnlyApprovedOutbound" | "AllowInternetOutbound";
export const mlIsolationModes: readonly MlIsolationMode[] = [
  "AllowOnlyApprovedOutbound",
  "AllowInternetOutbound",
];

/**
 * Lets managed compute reach one FQDN. Only with `AllowOnlyApprovedOutbound`; the first FQDN rule
 * makes Azure deploy a managed Azure Firewall, billed per hour and per GB (`firewallSku`).
 */
export interface FqdnOutboundRule {
  type: "FQDN";
  /** A host name such as `pypi.org`, or a wildcard such as `*.anaconda.com`. */
  destination: string;
}

/** A private endpoint from the managed network to an Azure resource. Allowed in both modes. */
export interface PrivateEndpointOutboundRule {
  type: "PrivateEndpoint";
  /**
   * The target resource's ARM ID. Compose it from known names (the landing-zone components'
   * `resourceId` outputs are), or the whole `managedNetwork` input is unknown during preview.
   */
  serviceResourceId: pulumi.Input<string>;
  /** The private-link group ID on the target, e.g. `blob`, `vault`, `registry`, `account`. */
  subresourceTarget: string;
  /** Whether Spark jobs may use the endpoint. @default false */
  sparkEnabled?: boolean;
}

/** Lets managed compute reach an Azure service tag. Only with `AllowOnlyApprovedOutbound`. */
export interface ServiceTagOutboundRule {
  type: "ServiceTag";
  /** An Azure service tag, e.g. `AzureActiveDirectory` or `Storage.WestEurope`. */
  serviceTag: string;
  /** @default "TCP" */
  protocol?: "TCP" | "UDP" | "ICMP" | "*";
  /** Ports or ranges, e.g. `443`, `80,443` or `8000-8080`; `*` for all. */
  portRanges: string;
}

export type MlOutboundRule =
  FqdnOutboundRule | PrivateEndpointOutboundRule | ServiceTagOutboundRule;

/** A rule with its defaults applied (`sparkEnabled`, `protocol`). */
export type ResolvedMlOutboundRule =
  | FqdnOutboundRule
  | (PrivateEndpointOutboundRule & Required<Pick<PrivateEndpointOutboundRule, "sparkEnabled">>)
  | (ServiceTagOutboundRule & Required<Pick<ServiceTagOutboundRule, "protocol">>);

/** The rules with every default applied; a rule of an unknown type is kept for validation to name. */
export function resolveOutboundRules(
  rules: Record<string, MlOutboundRule> | undefined,
): Record<string, ResolvedMlOutboundRule> {
  return Object.fromEntries(
    Object.entries(rules ?? {}).map(([name, rule]): [string, ResolvedMlOutboundRule] => {
      switch (rule.type) {
        case "PrivateEndpoint":
          return [name, { ...rule, sparkEnabled: rule.sparkEnabled ?? false }];
        case "ServiceTag":
          return [name, { ...rule, protocol: rule.protocol ?? "TCP" }];
        default:
          return [name, rule];
      }
    }),
  );
}

const ruleNamePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;
const portRangePattern = /^(\*|\d{1,5}(-\d{1,5})?(,\d{1,5}(-\d{1,5})?)*)$/;

/** Checks the rules against their types and against the isolation mode. */
export function validateOutboundRules(
  v: InputValidator,
  path: string,
  rules: Record<string, ResolvedMlOutboundRule>,
  isolationMode: MlIsolationMode,
): void {
  for (const [name, rule] of Object.entries(rules)) {
    const at = `${path}["${name}"]`;
    v.check(
      ruleNamePattern.test(name),
      at,
      `"${name}" is not a rule name: use 1-255 letters, digits, hyphens or underscores, starting with a letter or digit`,
    );
    switch (rule.type) {
      case "FQDN":
        v.check(
          fqdnPattern.test(rule.destination),
          `${at}.destination`,
          `"${rule.destination}" is not a host name: use e.g. pypi.org or *.anaconda.com`,
        );
        break;
      case "PrivateEndpoint": {
        const id = plain(rule.serviceResourceId);
        v.check(
          id === undefined || parseResourceId(id) !== undefined,
          `${at}.serviceResourceId`,
          `"${id}" is not an ARM resource ID; expected /subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>`,
        );
        v.check(
          /^[A-Za-z][A-Za-z0-9_]*$/.test(rule.subresourceTarget ?? ""),
          `${at}.subresourceTarget`,
          `"${rule.subresourceTarget}" is not a private-link group ID: use e.g. blob, vault, registry or account`,
        );
        break;
      }
      case "ServiceTag":
        v.check(
          /^[A-Za-z][A-Za-z0-9.]*$/.test(rule.serviceTag ?? ""),
          `${at}.serviceTag`,
          `"${rule.serviceTag}" is not a service tag: use e.g. AzureActiveDirectory or Storage.WestEurope`,
        );
        v.check(
          ["TCP", "UDP", "ICMP", "*"].includes(rule.protocol),
          `${at}.protocol`,
          `"${rule.protocol}" is not a protocol: use TCP, UDP, ICMP or *`,
        );
        v.check(
          portRangePattern.test(rule.portRanges ?? "") &&
            (rule.portRanges.match(/\d+/g) ?? []).every((p) => Number(p) <= 65535),
          `${at}.portRanges`,
          `"${rule.portRanges}" is not a port list: use e.g. 443, 80,443, 8000-8080 or *`,
        );
        break;
      default:
        v.fail(
          `${at}.type`,
          `"${(rule as { type: string }).type}" is not a rule type: use FQDN, PrivateEndpoint or ServiceTag`,
        );
        continue;
    }
    if (rule.type !== "PrivateEndpoint") {
      v.check(
        isolationMode === "AllowOnlyApprovedOutbound",
        `${at}.type`,
        `${rule.type} rules apply only with isolationMode AllowOnlyApprovedOutbound; with AllowInternetOutbound every destination is already open, so use PrivateEndpoint rules only`,
      );
    }
  }
}

/** Whether any rule needs the managed network's firewall (FQDN rules do). */
export function needsFirewall(rules: Record<string, MlOutboundRule>): boolean {
  return Object.values(rules).some((r) => r.type === "FQDN");
}

/** The ARM shape of the rules: every rule user-defined, every value the caller's own. */
export function renderOutboundRules(rules: Record<string, ResolvedMlOutboundRule>) {
  return Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => {
      switch (rule.type) {
        case "FQDN":
          return [
            name,
            { type: "FQDN" as const, category: "UserDefined", destination: rule.destination },
          ];
        case "PrivateEndpoint":
          return [
            name,
            {
              type: "PrivateEndpoint" as const,
              category: "UserDefined",
              destination: {
                serviceResourceId: rule.serviceResourceId,
                subresourceTarget: rule.subresourceTarget,
                sparkEnabled: rule.sparkEnabled,
              },
            },
          ];
        case "ServiceTag":
          return [
            name,
            {
              type: "ServiceTag" as const,
              category: "UserDefined",
              destination: {
                serviceTag: rule.serviceTag,
                protocol: rule.protocol,
                portRanges: rule.portRanges,
                action: "Allow",
              },
            },
          ];
      }
    }),
  );
}
