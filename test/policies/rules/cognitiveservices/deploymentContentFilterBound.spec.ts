import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { openaiDeploymentContentFilterBound as rule } from "../../../../policies/rules/cognitiveservices/deploymentContentFilterBound";
import { openaiContentFilterHarmCategories } from "../../../../policies/rules/cognitiveservices/contentFilterHarmCategories";
import { openaiContentFilterPromptShields } from "../../../../policies/rules/cognitiveservices/contentFilterPromptShields";
import { openaiContentFilterProtectedMaterial } from "../../../../policies/rules/cognitiveservices/contentFilterProtectedMaterial";
import {
  messages,
  runResourcePolicy,
  runStackPolicy,
  stackResource,
  UNKNOWN,
} from "../../../helpers/policyArgs";
import { compliantDeployment, compliantRaiPolicy } from "./fixtures";

const MISSING =
  "properties.raiPolicyName must name a content filter policy; it is not set, so the deployment gets the account default.";

const deploymentNaming = (raiPolicyName: unknown, accountName = "oai-ai-prod") => {
  const props = compliantDeployment();
  props.properties.raiPolicyName = raiPolicyName;
  props.accountName = accountName;
  return props;
};

/**
 * The filters of Azure's built-in policies, as the default safety policies page lists them
 * (https://learn.microsoft.com/azure/ai-services/openai/concepts/default-safety-policies):
 * DefaultV2 blocks the four harms at Medium both ways, jailbreaks, and protected text and code;
 * the older Microsoft.Default only the four harms.
 */
const harms = ["Prompt", "Completion"].flatMap((source) =>
  ["Hate", "Sexual", "Violence", "Selfharm"].map((name) => ({
    name,
    source,
    enabled: true,
    blocking: true,
    severityThreshold: "Medium",
  })),
);
const on = (name: string, source: string) => ({ name, source, enabled: true, blocking: true });
const builtIns: Record<string, object[]> = {
  "Microsoft.DefaultV2": [
    ...harms,
    on("Jailbreak", "Prompt"),
    on("Protected Material Text", "Completion"),
    on("Protected Material Code", "Completion"),
  ],
  "Microsoft.Default": harms,
};

describe("openai-deployment-content-filter-bound", () => {
  describe("each deployment", () => {
    it("passes the compliant baseline", () =>
      assert.deepStrictEqual(
        messages(runResourcePolicy(rule, T.aiDeployment, compliantDeployment())),
        [],
      ));

    it("reports a deployment without a content filter policy as mandatory", () => {
      const props = compliantDeployment();
      delete props.properties.raiPolicyName;
      const result = runResourcePolicy(rule, T.aiDeployment, props);
      assert.deepStrictEqual(messages(result), [MISSING]);
      assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    });

    it("reports a deployment without properties, a null or empty name", () => {
      const props = compliantDeployment();
      delete props.properties;
      assert.deepStrictEqual(messages(runResourcePolicy(rule, T.aiDeployment, props)), [MISSING]);
      for (const name of [null, ""]) {
        assert.deepStrictEqual(
          messages(runResourcePolicy(rule, T.aiDeployment, deploymentNaming(name))),
          [MISSING],
        );
      }
    });

    it("reports a name of the wrong type", () =>
      assert.deepStrictEqual(
        messages(runResourcePolicy(rule, T.aiDeployment, deploymentNaming(true))),
        ["properties.raiPolicyName must name a content filter policy; it is true, not a name."],
      ));

    it("decides at preview when the policy name is the unknown output of a RaiPolicy", () => {
      const result = runResourcePolicy(rule, T.aiDeployment, deploymentNaming(UNKNOWN));
      assert.deepStrictEqual(messages(result), []);
    });

    it("is skipped at preview when properties is unknown", () => {
      const result = runResourcePolicy(rule, T.aiDeployment, {
        ...compliantDeployment(),
        properties: UNKNOWN,
      });
      assert.deepStrictEqual(result.violations, []);
      assert.strictEqual(
        result.unknown,
        "string value at .properties can't be known during preview",
      );
    });
  });

  describe("in the stack", () => {
    const policy = (raiPolicyName = "strict", accountName = "oai-ai-prod") =>
      stackResource(T.raiPolicy, `rai-${raiPolicyName}-${accountName}`, {
        ...compliantRaiPolicy(),
        raiPolicyName,
        accountName,
      });
    const deployment = (raiPolicyName: unknown, accountName?: string) =>
      stackResource(T.aiDeployment, "chat", deploymentNaming(raiPolicyName, accountName));

    it("passes a deployment bound to a RaiPolicy of its account", () =>
      assert.deepStrictEqual(messages(runStackPolicy(rule, [policy(), deployment("strict")])), []));

    it("reports a name no RaiPolicy of the stack has, attached to the deployment", () => {
      const d = deployment("strcit");
      const result = runStackPolicy(rule, [policy(), d]);
      assert.deepStrictEqual(messages(result), [
        "properties.raiPolicyName names 'strcit', which is no RaiPolicy of the account 'oai-ai-prod' in this stack; create it as a cognitiveservices RaiPolicy, or name one of 'Microsoft.DefaultV2'.",
      ]);
      assert.strictEqual(result.violations[0].urn, d.urn);
      assert.strictEqual(result.violations[0].enforcementLevel, "mandatory");
    });

    it("reports a RaiPolicy of the same name on another account", () =>
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [policy("strict", "oai-other"), deployment("strict")])),
        [
          "properties.raiPolicyName names 'strict', which is no RaiPolicy of the account 'oai-ai-prod' in this stack; create it as a cognitiveservices RaiPolicy, or name one of 'Microsoft.DefaultV2'.",
        ],
      ));

    it("matches the account through the graph when account names are unknown at preview", () => {
      const account = stackResource(T.aiAccount, "oai", { accountName: UNKNOWN });
      const edge = { propertyDependencies: { accountName: [account] } };
      const p = stackResource(
        T.raiPolicy,
        "rai",
        { ...compliantRaiPolicy(), accountName: UNKNOWN },
        edge,
      );
      const d = stackResource(
        T.aiDeployment,
        "chat",
        { ...deploymentNaming("strict"), accountName: UNKNOWN },
        edge,
      );
      assert.deepStrictEqual(messages(runStackPolicy(rule, [account, p, d])), []);
    });

    it("leaves a policy name unknown at preview undecided", () =>
      assert.deepStrictEqual(messages(runStackPolicy(rule, [deployment(UNKNOWN)])), []));

    it("accepts Microsoft.DefaultV2 and reports Microsoft.Default, unless configured", () => {
      assert.deepStrictEqual(
        messages(runStackPolicy(rule, [deployment("Microsoft.DefaultV2")])),
        [],
      );
      assert.deepStrictEqual(messages(runStackPolicy(rule, [deployment("Microsoft.Default")])), [
        "properties.raiPolicyName names the built-in 'Microsoft.Default', which is not accepted; name a RaiPolicy of the account 'oai-ai-prod' in this stack or one of 'Microsoft.DefaultV2'.",
      ]);
      assert.deepStrictEqual(
        messages(
          runStackPolicy(rule, [deployment("Microsoft.Default")], {
            config: { acceptedBuiltInPolicies: ["Microsoft.Default"] },
          }),
        ),
        [],
      );
      assert.deepStrictEqual(
        messages(
          runStackPolicy(rule, [deployment("Microsoft.DefaultV2")], {
            config: { acceptedBuiltInPolicies: [] },
          }),
        ),
        [
          "properties.raiPolicyName names the built-in 'Microsoft.DefaultV2', which is not accepted; name a RaiPolicy of the account 'oai-ai-prod' in this stack.",
        ],
      );
    });

    it("accepts by default exactly the built-in policies that pass the content filter rules", () => {
      const passing = Object.entries(builtIns)
        .filter(([, contentFilters]) =>
          [
            openaiContentFilterHarmCategories,
            openaiContentFilterPromptShields,
            openaiContentFilterProtectedMaterial,
          ].every(
            (r) =>
              messages(runResourcePolicy(r, T.raiPolicy, { properties: { contentFilters } }))
                .length === 0,
          ),
        )
        .map(([name]) => name);
      assert.deepStrictEqual(passing, rule.meta.params.acceptedBuiltInPolicies.default);
    });

    it("is not applicable to a stack without deployments", () =>
      assert.strictEqual(
        runStackPolicy(rule, [policy()]).notApplicable,
        `Policy only applies to resources of type '${T.aiDeployment}'`,
      ));
  });
});
