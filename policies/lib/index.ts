/**
 * The pack's framework. Everything a rule needs comes from here; nothing here imports
 * azure-native at run time.
 *
 * ## Writing a rule
 *
 * One rule per file, `policies/rules/<folder>/<file>.ts`, exporting one constant. The policy name
 * decides all three: the folder whose prefix the name starts with, the file is the rest of the
 * name in camelCase, the export the whole name in camelCase (`storage-account-https-only` is
 * `storage/accountHttpsOnly.ts` exporting `storageAccountHttpsOnly`; the prefix table is in
 * docs/policies.md, "Names, files and exports"). Helpers several rules share go to
 * `<folder>/lib/`. The folder's `index.ts` exports
 * `export const <folder>Rules: WafPolicy[] = [...]`, and `policies/rules/index.ts` concatenates
 * the folder lists.
 *
 * ```ts
 * import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
 * import { Props, resourceRule, T } from "../../lib";
 *
 * export const storageAccountHttpsOnly = resourceRule({
 *   name: "storage-account-https-only",                 // kebab-case <resource>-<condition>
 *   description: "Storage accounts accept only HTTPS traffic.",   // one sentence
 *   severity: "high",                                    // low | medium | high | critical
 *   pillar: "security",                                  // -> tag waf:security
 *   principle: "protect-data-at-rest-in-transit-and-in-use",      // -> tag principle:<slug>
 *   anchors: ["checkov:CKV_AZURE_3", "azpol:Secure transfer to storage accounts should be enabled"],
 *   remediationSteps: "Remove enableHttpsTrafficOnly: false, or set it to true.",
 *   url: "https://learn.microsoft.com/...",
 *   types: [T.storageAccount],                           // type tokens, never classes
 *   config: { minimumTlsVersion: { type: "string", default: "TLS1_2", description: "..." } },
 *   validate: (props: Props<StorageAccountArgs>, ctx) => {
 *     if (props.enableHttpsTrafficOnly === false) {
 *       ctx.report("enableHttpsTrafficOnly is false; set it to true.");
 *     }
 *   },
 * });
 * ```
 *
 * - Metadata: see `RuleMetadata`. `principle` is a key of `PRINCIPLES` and must belong to
 *   `pillar`. Anchors use the prefixes of `ANCHOR_PREFIXES` (`checkov:`, `azpol:`, `psrule:`,
 *   `aprl:`, `trivy:`, `mcsb:`, `own:`). The default level (mandatory for critical/high security
 *   rules, advisory otherwise) comes from `defaultEnforcementLevel`; set `enforcementLevel` only
 *   to deviate. Set `exemptible: false` where an exception would defeat the control.
 * - Parameters: each `config` entry is a JSON schema with `default` and `description`; read them
 *   from `ctx.config`. Every rule also gets `mandatoryWhenStackTags` (escalation by stack tags)
 *   and honours exemptions; the rule itself never deals with either.
 * - Preview: props are the resource's azure-native v3 *inputs* behind the SDK's proxy, which
 *   throws when an unknown value is read (the SDK then skips the rule with an advisory note).
 *   Read only what decides; test presence with `in` / `has()`; when a known sibling already
 *   decides, do not read the possibly-unknown value (whole objects such as storage `encryption`
 *   or Key Vault `properties` are unknown when any field inside is). `peek(() => x)` reads a
 *   value that may be unknown and returns `UNRESOLVED` instead of throwing, so another input
 *   can still decide; when nothing does, `skipUnknown(() => x)` skips the rule at preview.
 * - Types: match by token strings (`T.*`); `TYPE_GROUPS.diagnosticSetting` holds the v3 and
 *   v2 tokens of resources that moved module; `ANY_TYPE` inspects every resource.
 * - Messages: say what is wrong and the fix in input terms, ending with a period, e.g.
 *   "minimumTlsVersion is 'TLS1_0'; set it to 'TLS1_2' or later." The SDK prefixes the
 *   description; the resource is attached by the engine.
 * - Remediation: `remediate` only for lossless fixes; build the result from `rawProps(props)`.
 * - Stack rules: `stackRule({ ..., types, validate(resources, ctx) })`; find resources with
 *   `ofType`, relate them with `refersTo` / `isDescendantOf` (IDs are unknown at preview), and
 *   report with `ctx.report(message, resource)`. Set `subject` to the type without which the
 *   rule can report nothing, so the SDK skips it for stacks that have none.
 * - A resource rule whose question one resource cannot answer (a required child that is
 *   missing, the state of a resource it refers to) adds `stack: { subject, validate }`: the same
 *   policy then also checks the whole stack, under its name, parameters and exemptions.
 * - Values, not presence: judge the value when it decides (a key URI's form, a threshold), and
 *   read booleans strictly: `null` means unset, and a string or number is never the secure
 *   boolean (`setToOtherThan(value, secure)` for inputs whose unset value is secure; `shown(v)`
 *   quotes strings in messages). Resource options (`protect`, ...) are in `ctx.opts`.
 *
 * ## Writing its spec
 *
 * `test/policies/rules/<folder>/<file>.spec.ts`, using `test/helpers/policyArgs.ts`:
 *
 * ```ts
 * const compliant = (): Record<string, unknown> => ({ ...a compliant baseline... });
 * it("passes the compliant baseline", () =>
 *   assert.deepStrictEqual(messages(runResourcePolicy(rule, T.storageAccount, compliant())), []));
 * it("reports HTTP allowed", () => {
 *   const result = runResourcePolicy(rule, T.storageAccount, { ...compliant(), enableHttpsTrafficOnly: false });
 *   assert.deepStrictEqual(messages(result), ["enableHttpsTrafficOnly is false; set it to true."]);
 * });
 * it("is skipped at preview when the value is unknown", () => {
 *   const result = runResourcePolicy(rule, T.storageAccount, { ...compliant(), enableHttpsTrafficOnly: UNKNOWN });
 *   assert.strictEqual(result.unknown, "string value at .enableHttpsTrafficOnly can't be known during preview");
 * });
 * ```
 *
 * One compliant baseline, one mutation per violation asserting the exact message, an
 * `UNKNOWN` case for each input that can be unknown at preview (and a case showing a known
 * sibling decides without reading it), `notApplicable` for another type, and parameter cases via
 * `{ config: {...} }`. Stack rules (and a resource rule's `stack` check):
 * `runStackPolicy(rule, [stackResource(...), ...])`. `messages(result)` throws unless the rule
 * ran to the end (not disabled, applicable, not skipped at preview), so a compliant case cannot
 * pass because nothing was checked; assert `result.notApplicable` / `result.unknown` directly,
 * and use `messagesBeforeSkip(result)` for a rule that reported and then met an unknown value.
 * Limits get a case at the threshold and one past it; boolean inputs are listed in
 * `test/policies/rules/booleanInputs.spec.ts` (secure, insecure, null, wrong type).
 */
export * from "./builtInRoles";
export * from "./config";
export * from "./customerManagedKeys";
export * from "./exemptions";
export * from "./metadata";
export * from "./props";
export * from "./rule";
export * from "./stack";
export * from "./types";
