import type { ResourceValidationArgs } from "@pulumi/policy";
import { EXEMPTIONS_POLICY } from "../../facts/exemptions";
import { ExemptionEntry, loadExemptions, stackRule, WafPolicy } from "../../lib";

interface ExemptionsConfig {
  exemptions: ExemptionEntry[];
}

const validity = stackRule<ExemptionsConfig>({
  name: EXEMPTIONS_POLICY,
  description:
    "Every configured exemption names a policy of this pack, a resource, a reason and a future expiry date.",
  severity: "medium",
  pillar: "operational-excellence",
  principle: "automated-monitoring-and-alerting",
  anchors: ["own:cdk-nag suppressions with reasons", "own:pulumi-policy #438 and #225"],
  remediationSteps:
    "Fix or remove the entry in this policy's `exemptions` config: set policy, resource (URN or name pattern), a reason of 10+ characters and expires (YYYY-MM-DD, not past).",
  url: "https://www.pulumi.com/docs/iac/using-pulumi/crossguard/configuration/",
  exemptible: false,
  types: [],
  config: {
    exemptions: {
      type: "array",
      items: {
        type: "object",
        properties: {
          policy: { type: "string" },
          resource: { type: "string" },
          reason: { type: "string" },
          expires: { type: "string" },
        },
      },
      default: [],
      description:
        "Exemptions: { policy, resource (URN or name, `*` wildcards), reason, expires (YYYY-MM-DD) }.",
    },
  },
  validate: (_resources, ctx) => {
    for (const e of loadExemptions(ctx.config.exemptions)) {
      if (e.problem === undefined) continue;
      const what = `policy '${String(e.entry.policy)}', resource '${String(e.entry.resource)}'`;
      ctx.report(`Exemption #${e.index + 1} (${what}) is not applied: ${e.problem}.`);
    }
  },
});

/**
 * `exemptions-valid` must come first in the pack: besides judging the entries at stack time, it
 * loads them for every resource before the other policies run (the SDK gives each policy only
 * its own config, and runs a resource's policies in pack order).
 */
export const exemptionsValid: WafPolicy = {
  ...validity,
  validateResource: (args: ResourceValidationArgs) => {
    loadExemptions(args.getConfig<Partial<ExemptionsConfig>>().exemptions ?? []);
  },
};
