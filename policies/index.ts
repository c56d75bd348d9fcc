/**
 * The pack entry point, run by the Pulumi engine (`run-policy-pack`) with this folder as the
 * working directory. It only constructs the pack; the policies live in `rules/`.
 */
import { PolicyPack } from "@pulumi/policy";
import { allPolicies } from "./rules";

new PolicyPack("ai-landing-zone-waf", {
  displayName: "AI landing zone: Well-Architected Framework for AI workloads",
  description:
    "Enforces the Azure Well-Architected Framework for AI workloads on azure-native v3 resources.",
  enforcementLevel: "advisory",
  provider: "azure-native",
  tags: ["azure", "ai", "well-architected"],
  policies: allPolicies,
});
