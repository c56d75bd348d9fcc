import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { Props, resourceRule, T } from "../../lib";

export const cosmosMinTls = resourceRule({
  name: "cosmos-min-tls",
  description: "Cosmos DB accounts refuse connections older than TLS 1.2.",
  severity: "high",
  pillar: "security",
  principle: "protect-data-at-rest-in-transit-and-in-use",
  anchors: ["mcsb:DP-3"],
  remediationSteps: "Set minimalTlsVersion to 'Tls12'.",
  url: "https://learn.microsoft.com/azure/cosmos-db/self-serve-minimum-tls-enforcement",
  types: [T.cosmosAccount],
  validate: (props: Props<DatabaseAccountArgs>, ctx) => {
    const version = props.minimalTlsVersion;
    if (version === undefined || version === null) {
      ctx.report(
        "minimalTlsVersion must be 'Tls12'; it is not set, so older accounts accept TLS 1.0.",
      );
    } else if (version !== "Tls12") {
      ctx.report(`minimalTlsVersion must be 'Tls12'; it is '${String(version)}'.`);
    }
  },
});
