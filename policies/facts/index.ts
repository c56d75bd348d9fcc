/**
 * Facts the policy pack and the components both need: Azure's published role IDs, naming rules,
 * ISO 8601 durations, IPv4 addresses and GUIDs, the cost-tag keys, what makes an exemption well
 * formed, and how the AKS inference pool is isolated. The pack ships this folder and the
 * library's build compiles it too, so neither imports the other. Files here import only each
 * other: no SDK, no Pulumi, no Node modules.
 */
export * from "./azurePolicyEquivalents";
export * from "./builtInRoles";
export * from "./costTags";
export * from "./exemptions";
export * from "./guid";
export * from "./inferencePool";
export * from "./ipv4";
export * from "./isoDuration";
export * from "./nameRules";
