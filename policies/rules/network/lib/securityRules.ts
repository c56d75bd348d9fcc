/**
 * Reading NSG security rules the same way whether they are inline (`NetworkSecurityGroup`
 * `securityRules[]`) or standalone `SecurityRule` resources. Not a policy: the NSG policies share it.
 */
import type { PolicyResource } from "@pulumi/policy";
import { peek, refersTo, T, UNRESOLVED } from "../../../lib";

/** One security rule as a policy reads it, with how to name it in a message. */
export interface RuleRef {
  /** The rule's inputs (behind the SDK's proxy: reading an unknown value skips the policy). */
  readonly rule: Record<string, any>;
  /** `securityRules[2] ('allow-ssh')` for an inline rule, `the rule` for a `SecurityRule`. */
  readonly where: string;
}

/** The security rules a resource declares: the NSG's inline rules, or the rule itself. */
export function rulesOf(type: string, props: Record<string, any>): RuleRef[] {
  if (type === T.securityRule) return [{ rule: props, where: "The rule" }];
  if (!("securityRules" in props)) return [];
  const rules: Record<string, any>[] = props.securityRules ?? [];
  return rules.map((rule, i) => ({
    rule,
    where: `securityRules[${i}]${"name" in rule ? ` ('${String(rule.name)}')` : ""}`,
  }));
}

/** The lower-cased values of a single-value input and its list twin, e.g. `sourceAddressPrefix(es)`. */
export function valuesOf(rule: Record<string, any>, single: string, list: string): string[] {
  const values: unknown[] = [];
  if (single in rule) values.push(rule[single]);
  if (list in rule) values.push(...(rule[list] ?? []));
  return values.filter((v): v is string => typeof v === "string").map((v) => v.toLowerCase());
}

/** True when the rule allows (or denies, per `access`) traffic in `direction`. */
export function is(rule: Record<string, any>, access: string, direction: string): boolean {
  return (
    String(rule.access).toLowerCase() === access.toLowerCase() &&
    String(rule.direction).toLowerCase() === direction.toLowerCase()
  );
}

/** The rule's protocol, lower case (`tcp`, `udp`, `icmp`, `*`...). */
export function protocolOf(rule: Record<string, any>): string {
  return String(rule.protocol).toLowerCase();
}

/**
 * Source prefixes that mean "anyone on the Internet": the wildcard, the Internet service tag,
 * and the all-addresses ranges.
 */
const INTERNET = new Set(["*", "any", "internet", "0.0.0.0", "0.0.0.0/0", "/0", "<nw>/0", "::/0"]);

/** The rule's sources that open it to the Internet. */
export function internetSources(rule: Record<string, any>): string[] {
  return valuesOf(rule, "sourceAddressPrefix", "sourceAddressPrefixes").filter((s) =>
    INTERNET.has(s),
  );
}

/** True when a destination port range (`*`, `22`, `20-25`) includes `port`. */
export function rangeCovers(range: string, port: number): boolean {
  if (range === "*") return true;
  const bounds = /^(\d+)\s*-\s*(\d+)$/.exec(range);
  if (bounds) return Number(bounds[1]) <= port && port <= Number(bounds[2]);
  return range.trim() === String(port);
}

/** True when one of the rule's destination port ranges includes `port`. */
export function coversPort(rule: Record<string, any>, port: number): boolean {
  return valuesOf(rule, "destinationPortRange", "destinationPortRanges").some((r) =>
    rangeCovers(r, port),
  );
}

/**
 * Every rule of an NSG in the stack: its inline rules and the standalone `SecurityRule` resources
 * that name it (graph edge, or the same known NSG name). Undefined when a value that decides
 * membership or order is unknown at preview.
 */
export function stackRulesOf(
  nsg: PolicyResource,
  standalone: readonly PolicyResource[],
): RuleRef[] | undefined {
  const inline = peek(() => rulesOf(T.networkSecurityGroup, nsg.props).map((r) => r));
  if (inline === UNRESOLVED) return undefined;
  const name = peek(() => nsg.props.networkSecurityGroupName as unknown);
  const refs: RuleRef[] = [...inline];
  for (const rule of standalone) {
    if (!refersTo(rule, nsg, "networkSecurityGroupName")) {
      const target = peek(() => rule.props.networkSecurityGroupName as unknown);
      if (target === UNRESOLVED || name === UNRESOLVED) return undefined;
      if (target !== name) continue;
    }
    const ruleName = peek(() => rule.props.securityRuleName as unknown);
    refs.push({
      rule: rule.props,
      where: `The rule '${typeof ruleName === "string" ? ruleName : rule.name}'`,
    });
  }
  return refs;
}
