import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { acrWebhookHttps as rule } from "../../../../policies/rules/containerregistry/webhookHttps";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

const webhook = (serviceUri: unknown) => ({
  resourceGroupName: "rg-ai",
  registryName: "acraiprod",
  actions: ["push"],
  serviceUri,
});
const run = (props: object) => runResourcePolicy(rule, T.registryWebhook, props);

describe("acr-webhook-https", () => {
  it("passes an https endpoint, in any case", () =>
    assert.deepStrictEqual(messages(run(webhook("HTTPS://hooks.example.com/acr?token=x"))), []));

  it("reports plain http without echoing the URI", () =>
    assert.deepStrictEqual(messages(run(webhook("http://hooks.example.com/acr?token=secret"))), [
      "serviceUri uses http; use an https:// address.",
    ]));

  it("is skipped at preview when the URI is unknown", () =>
    assert.strictEqual(
      run(webhook(UNKNOWN)).unknown,
      "string value at .serviceUri can't be known during preview",
    ));
});
