import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { Props, resourceRule, T } from "../../lib";

export const cosmosContinuousBackup = resourceRule({
  name: "cosmos-continuous-backup",
  description:
    "Cosmos DB accounts use continuous backup, so data can be restored to any point in the window.",
  severity: "medium",
  pillar: "reliability",
  principle: "design-for-operational-reliability",
  anchors: ["mcsb:BR-1"],
  remediationSteps:
    "Set backupPolicy to { type: 'Continuous', continuousModeProperties: { tier: 'Continuous30Days' } }.",
  url: "https://learn.microsoft.com/azure/cosmos-db/continuous-backup-restore-introduction",
  types: [T.cosmosAccount],
  validate: (props: Props<DatabaseAccountArgs>, ctx) => {
    const type = props.backupPolicy?.type;
    if (type === undefined || type === null) {
      ctx.report(
        "backupPolicy.type must be 'Continuous'; it is not set, so Azure takes periodic backups only.",
      );
    } else if (type !== "Continuous") {
      ctx.report(`backupPolicy.type must be 'Continuous'; it is '${String(type)}'.`);
    }
  },
});
