import { resourceRule, T } from "../../lib";
import { amlSettings, ExtensionProps, setting } from "../ml/lib/amlExtension";

export const aksInferenceRouterTls = resourceRule({
  name: "aks-inference-router-tls",
  description: "The Azure ML inference router on AKS accepts scoring requests over TLS only.",
  severity: "high",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["own:Azure ML Kubernetes extension allowInsecureConnections", "mcsb:DP-3"],
  remediationSteps:
    "Remove configurationSettings.allowInsecureConnections (or set it to 'False') and give the router a certificate: sslCname with scoringFe.sslSecret, or the protected settings scoringFe.sslCert and scoringFe.sslKey (InferenceCluster's inferenceRouterTls).",
  url: "https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment",
  types: [T.clusterExtension],
  validate: (props: ExtensionProps, ctx) => {
    const settings = amlSettings(props);
    if (settings === undefined) return;
    // Unset, the extension refuses plain HTTP.
    if (setting(settings, "allowInsecureConnections") === "true") {
      ctx.report(
        "configurationSettings.allowInsecureConnections is 'True', so scoring requests travel unencrypted; set it to 'False' and configure the router's certificate.",
      );
    }
  },
});
