import type { PolicyResource } from "@pulumi/policy";
import type { DeploymentArgs } from "@pulumi/azure-native/cognitiveservices";
import {
  ofType,
  peek,
  Props,
  quoteList,
  referencedThrough,
  resourceRule,
  T,
  UNRESOLVED,
} from "../../lib";

/** The RaiPolicy a deployment names: same policy name, on the same account. */
function bindsTo(deployment: PolicyResource, policy: PolicyResource, name: string): boolean {
  if (peek(() => policy.props.raiPolicyName as unknown) !== name) return false;
  const account = peek(() => deployment.props.accountName as unknown);
  if (typeof account === "string" && account === peek(() => policy.props.accountName as unknown)) {
    return true;
  }
  // Account names composed from outputs: compare the account resources both refer to.
  const theirs = new Set(referencedThrough(policy, "accountName").map((r) => r.urn));
  return referencedThrough(deployment, "accountName").some(
    (r) => r.type === T.aiAccount && theirs.has(r.urn),
  );
}

export const openaiDeploymentContentFilterBound = resourceRule({
  name: "openai-deployment-content-filter-bound",
  description:
    "Every Azure OpenAI model deployment is bound to a content filter (RAI) policy of its account in the stack, or to an accepted built-in policy.",
  severity: "high",
  pillar: "security",
  principle: "earn-user-trust",
  anchors: [
    "azpol:[Preview]: Guardrail for Cognitive Services Deployments",
    "own:Azure OpenAI content filtering",
  ],
  remediationSteps:
    "Set properties.raiPolicyName to the raiPolicyName of a cognitiveservices RaiPolicy on the same account in this stack (the openai-content-filter-* rules judge its filters), or to an accepted built-in policy such as 'Microsoft.DefaultV2'.",
  url: "https://learn.microsoft.com/azure/ai-services/openai/how-to/content-filters",
  types: [T.aiDeployment],
  config: {
    acceptedBuiltInPolicies: {
      type: "array",
      items: { type: "string" },
      default: ["Microsoft.DefaultV2"],
      description:
        "Azure's built-in content filter policies a deployment may name. Microsoft.DefaultV2 blocks the four harm categories at medium severity, jailbreaks and protected material (it passes the openai-content-filter-* rules with their defaults); Microsoft.Default lacks the jailbreak and protected-material filters.",
    },
  },
  validate: (props: Props<DeploymentArgs>, ctx) => {
    const properties = "properties" in props ? (props.properties ?? {}) : {};
    // Usually the name of a RaiPolicy created in the same run, unknown at preview: present is enough here.
    const name = "raiPolicyName" in properties ? peek(() => properties.raiPolicyName) : undefined;
    if (name === UNRESOLVED) return;
    if (name === undefined || name === null || name === "") {
      ctx.report(
        "properties.raiPolicyName must name a content filter policy; it is not set, so the deployment gets the account default.",
      );
    } else if (typeof name !== "string") {
      ctx.report(
        `properties.raiPolicyName must name a content filter policy; it is ${JSON.stringify(name)}, not a name.`,
      );
    }
  },
  stack: {
    subject: T.aiDeployment,
    validate: (resources, ctx) => {
      const accepted = ctx.config.acceptedBuiltInPolicies;
      const policies = ofType(resources, [T.raiPolicy]);
      for (const deployment of ofType(resources, [T.aiDeployment])) {
        const name = peek(() => deployment.props.properties?.raiPolicyName as unknown);
        // Unknown at preview, or not a name (the resource check reports that): not judged here.
        if (typeof name !== "string" || name === "" || accepted.includes(name)) continue;
        if (policies.some((p) => bindsTo(deployment, p, name))) continue;
        const account = peek(() => deployment.props.accountName as unknown);
        const on = typeof account === "string" ? ` of the account '${account}'` : "";
        const orBuiltIn = accepted.length > 0 ? ` or one of ${quoteList(accepted)}` : "";
        ctx.report(
          name.startsWith("Microsoft.")
            ? `properties.raiPolicyName names the built-in '${name}', which is not accepted; name a RaiPolicy${on} in this stack${orBuiltIn}.`
            : `properties.raiPolicyName names '${name}', which is no RaiPolicy${on} in this stack; create it as a cognitiveservices RaiPolicy${orBuiltIn ? `, or name${orBuiltIn.slice(3)}` : ""}.`,
          deployment,
        );
      }
    },
  },
});
