/**
 * Generates docs/enforcement.md: for every pack policy, how it is enforced at deploy time (its
 * CrossGuard level) and at run time (the Azure Policy built-ins `GovernanceBaseline` assigns, with
 * the effect it gives them on a development and on a production stack), or why nothing enforces
 * it at run time. Effects come from the same plan the component uses. Run
 * `npm run docs:enforcement`; a spec fails when the committed file is stale.
 */
import * as fs from "fs";
import * as path from "path";
import { PlannedAssignment, planAssignments } from "../components/governance/assignmentPlan";
import {
  ALLOWED_IMAGES_DEFINITION,
  INTERNAL_LOAD_BALANCERS_DEFINITION,
  POD_SECURITY_INITIATIVES,
} from "../components/governance/clusterPolicies";
import { DEFENDER_PLAN_NAMES } from "../components/governance/defenderPlans";
import { AZURE_POLICY_EQUIVALENTS } from "../policies/facts/azurePolicyEquivalents";
import type { WafPolicy } from "../policies/lib";
import { allPolicies } from "../policies/rules";

/** Where the generated table lives. */
export const ENFORCEMENT_DOC = path.join(__dirname, "..", "docs", "enforcement.md");

/** Why a policy without a run-time equivalent has none, where the general reasons do not say. */
export const NO_RUN_TIME_EQUIVALENT: Readonly<Record<string, string>> = {
  "exemptions-valid":
    "Judges the pack's own exemption list; the baseline turns its valid entries into policy exemptions.",
  "exemptions-report": "Reports which exemptions the run applied; a deploy-time report only.",
  "stateful-resources-protected": "Pulumi's `protect` option exists only in the deployment tool.",
  "disallow-preview-api-versions": "The API version exists only in the deployment request.",
  "key-vault-soft-delete-retention":
    "The built-in 'Key vaults should have soft delete enabled' checks soft delete, not the retention days.",
  "aks-kubernetes-version":
    "The built-in 'Kubernetes Services should be upgraded to a non-vulnerable Kubernetes version' judges Defender's list of vulnerable versions, not a minimum version.",
  "storage-blob-soft-delete":
    "The only built-in, 'Configure soft delete for blobs and containers on Storage Accounts', is DeployIfNotExists: it changes resources and needs a remediation identity, which the baseline does not create.",
  "aml-deployment-allowed-instance-types":
    "'Allowed virtual machine size SKUs' judges virtual machines, not online deployments.",
  "custom-role-no-broad-actions":
    "'Audit usage of custom RBAC roles' audits every custom role, not broad actions.",
  "rbac-no-broad-privileged-roles":
    "'Audit usage of custom RBAC roles' audits custom roles, not assignments of privileged built-in roles.",
  "openai-deployment-content-filter-bound":
    "The built-ins for deployment content filtering are preview, audit only and take filter settings the pack does not model.",
  "openai-content-filter-harm-categories":
    "The built-ins for deployment content filtering are preview, audit only and take filter settings the pack does not model.",
  "openai-content-filter-prompt-shields":
    "The built-ins for deployment content filtering are preview, audit only and take filter settings the pack does not model.",
  "openai-content-filter-protected-material":
    "The built-ins for deployment content filtering are preview, audit only and take filter settings the pack does not model.",
  "openai-deployment-version-pinned":
    "'Cognitive Services Deployments should only use approved Registry Models' judges where models come from, not their upgrade option.",
  "ai-account-public-network-access-disabled":
    "Azure retired its built-in for this; 'Azure AI Services resources should restrict network access', assigned for `ai-account-network-default-deny`, accepts disabled public access or a deny-by-default firewall.",
  "aks-platform-logs":
    "'Resource logs in Azure Kubernetes Service should be enabled' is assigned for `diagnostics-required`; it does not check categories.",
  "aks-audit-logs":
    "'Resource logs in Azure Kubernetes Service should be enabled' is assigned for `diagnostics-required`; it does not check categories.",
};

const STACK_REASON =
  "Judges the stack as a whole (a resource that must exist, or how resources refer to each other); Azure Policy judges one resource at a time.";
const DEFAULT_REASON =
  "No built-in equivalent is recorded in `policies/facts/azurePolicyEquivalents.ts`; a custom definition would be needed.";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function effectText(a: PlannedAssignment | undefined): string {
  if (a === undefined) return "not assigned";
  if (a.effect !== undefined) return a.effect;
  return a.enforcementMode === "DoNotEnforce" ? "Deny, not enforced (DoNotEnforce)" : "Deny";
}

function deployTime(policy: WafPolicy): string {
  const raised = policy.meta.severity === "critical" || policy.meta.severity === "high";
  if (policy.meta.enforcementLevel === "mandatory") return "mandatory";
  return raised ? "advisory; mandatory on production" : "advisory";
}

/** The reason a policy has no run-time equivalent. */
export function noEquivalentReason(policy: WafPolicy): string {
  return (
    NO_RUN_TIME_EQUIVALENT[policy.meta.name] ??
    (policy.meta.kind === "stack" ? STACK_REASON : DEFAULT_REASON)
  );
}

export function renderEnforcementDoc(policies: readonly WafPolicy[]): string {
  const dev = planAssignments({}, {}, "subscription").assignments;
  const prod = planAssignments({}, { environment: "prod" }, "subscription").assignments;
  const mapped = policies.filter((p) => p.meta.azurePolicy !== undefined);
  const definitions = mapped.reduce((n, p) => n + p.meta.azurePolicy!.definitions.length, 0);
  const out = [
    "# Enforcement: deploy time and run time",
    "",
    "<!-- Generated by tools/writeEnforcementDoc.ts from the policies and policies/facts/azurePolicyEquivalents.ts; run `npm run docs:enforcement`. Do not edit. -->",
    "",
    `The pack judges every deployment (\`pulumi preview\`, \`pulumi up\`, \`ailz preview\`). After deployment, \`GovernanceBaseline\` assigns Azure Policy built-ins that check the same conditions, generated from the same pack config: ${mapped.length} of the ${policies.length} policies have ${definitions} built-in equivalents. The run-time effects below are those of the pack's defaults at a subscription scope; a pack config changes them as it changes the pack (a disabled policy gets no assignment, \`mandatory\` gives Deny where the definition can deny). Definitions with a fixed Deny effect are assigned with \`enforcementMode: DoNotEnforce\` where the pack only advises, so they report without blocking.`,
    "",
    "Every definition ID is a built-in of Azure's published catalogue (`/providers/Microsoft.Authorization/policyDefinitions/<id>`, source files in the Azure/azure-policy repository, named in the facts file).",
    "",
    "| Policy | Deploy time (CrossGuard) | Run time (Azure Policy built-in) | Effect, development | Effect, production |",
    "|---|---|---|---|---|",
  ];
  for (const policy of policies) {
    const name = policy.meta.name;
    const equivalence = AZURE_POLICY_EQUIVALENTS[name];
    if (equivalence === undefined) {
      out.push(
        `| \`${name}\` | ${deployTime(policy)} | none: ${cell(noEquivalentReason(policy))} | | |`,
      );
      continue;
    }
    for (const d of equivalence.definitions) {
      const find = (plan: PlannedAssignment[]) =>
        plan.find((a) => a.policy === name && a.definitionId === d.definitionId);
      const flags = [
        d.preview ? "preview" : "",
        d.scope === "subscription" ? "subscription scope" : "",
      ]
        .filter((f) => f !== "")
        .join(", ");
      const what = `${d.displayName} \`${d.definitionId}\`${flags ? ` (${flags})` : ""}`;
      const note = equivalence.note ? ` ${equivalence.note}` : "";
      const devEffect =
        find(dev) === undefined && d.parameters !== undefined
          ? "not assigned with the default parameters"
          : effectText(find(dev));
      const prodEffect =
        find(prod) === undefined && d.parameters !== undefined
          ? "not assigned with the default parameters"
          : effectText(find(prod));
      out.push(
        `| \`${name}\` | ${deployTime(policy)} | ${cell(what + note)} | ${devEffect} | ${prodEffect} |`,
      );
    }
  }
  out.push(
    "",
    "## In-cluster policy (AKS)",
    "",
    "With `cluster`, the baseline assigns to the inference cluster, enforced by its Azure Policy add-on (`aks-azure-policy-addon`):",
    "",
    `- ${POD_SECURITY_INITIATIVES.baseline.displayName} \`${POD_SECURITY_INITIATIVES.baseline.policySetDefinitionId}\` (initiative; \`podSecurity: "restricted"\` assigns ${POD_SECURITY_INITIATIVES.restricted.displayName} \`${POD_SECURITY_INITIATIVES.restricted.policySetDefinitionId}\`).`,
    `- ${ALLOWED_IMAGES_DEFINITION.displayName} \`${ALLOWED_IMAGES_DEFINITION.definitionId}\`, admitting only the zone's registry.`,
    `- ${INTERNAL_LOAD_BALANCERS_DEFINITION.displayName} \`${INTERNAL_LOAD_BALANCERS_DEFINITION.definitionId}\`.`,
    "",
    "## Defender for Cloud",
    "",
    `With \`defenderPlans\` (an explicit opt-in, billed per resource), the baseline switches on the ${DEFENDER_PLAN_NAMES.map((p) => `\`${p}\``).join(", ")} plans for the subscription.`,
    "",
  );
  return out.join("\n");
}

if (require.main === module) {
  fs.writeFileSync(ENFORCEMENT_DOC, renderEnforcementDoc(allPolicies));
  console.log(
    `wrote ${path.relative(process.cwd(), ENFORCEMENT_DOC)} (${allPolicies.length} policies)`,
  );
}
