import { emailPattern, InputValidator, resourceIdProblem, tagProblems } from "../common";
import { validateDataCollection } from "../ml/mlops";
import type { SlotKey } from "../ml/serving";
import { AiLandingZoneArgs, requiredTagNames } from "./args";
import { TOKEN } from "./resolve";

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

/** The composite's own checks; each child validates its own arguments (overrides included). */
export function validate(name: string, args: AiLandingZoneArgs): void {
  const v = new InputValidator(TOKEN, name);
  v.check(
    /^[a-z][a-z0-9-]{1,22}$/.test(name),
    "name",
    "must be 2-23 lowercase letters, digits or hyphens starting with a letter: it prefixes the names of every child",
  );
  v.check(
    typeof args.environment === "string" && ENVIRONMENT.test(args.environment),
    "environment",
    "must be 1-32 letters, digits or hyphens, e.g. dev or prod",
  );
  for (const key of ["costCenter", "owner"] as const) {
    v.check(
      typeof args[key] === "string" && args[key].trim() !== "",
      key,
      "is required and must not be empty: it becomes a cost-allocation tag",
    );
  }
  v.check(
    args.workload === undefined || args.workload.trim() !== "",
    "workload",
    "must not be empty; leave it out to use the component name",
  );
  v.report("tags", tagProblems(args.tags));
  for (const key of requiredTagNames) {
    v.check(
      args.tags === undefined || !(key in args.tags),
      `tags.${key}`,
      "is set from costCenter, owner, environment and workload; set it there",
    );
  }
  v.check(
    Array.isArray(args.alertEmails) && args.alertEmails.length > 0,
    "alertEmails",
    "needs at least one address for alerts and budget notifications",
  );
  (args.alertEmails ?? []).forEach((email, i) =>
    v.check(emailPattern.test(email), `alertEmails[${i}]`, `"${email}" is not an e-mail address`),
  );
  v.check(
    typeof args.budgetAmount === "number" &&
      Number.isFinite(args.budgetAmount) &&
      args.budgetAmount > 0,
    "budgetAmount",
    "must be a number above 0 (the monthly budget in the billing currency)",
  );
  const slots = args.slots ?? {};
  const present = (Object.keys(slots) as SlotKey[]).filter((k) => slots[k] !== undefined);
  v.check(
    present.length > 0,
    "slots",
    "needs a blue or a green slot (or both) with model, environmentId and weight",
  );
  for (const key of Object.keys(slots)) {
    v.check(key === "blue" || key === "green", `slots.${key}`, "only blue and green slots exist");
  }
  validateDataCollection(v, "dataCollection", args.dataCollection);
  (args.containerRegistryReplicaLocations ?? []).forEach((replica, i) => {
    v.check(
      /^[a-z][a-z0-9]{4,49}$/.test(replica),
      `containerRegistryReplicaLocations[${i}]`,
      `"${replica}" is not a region name: use Azure's lowercase form, e.g. northeurope`,
    );
    v.check(
      replica !== args.location,
      `containerRegistryReplicaLocations[${i}]`,
      "is the zone's own region; a replica must be in another region",
    );
  });
  v.check(
    args.enableInferenceCluster === true || args.inferenceCluster === undefined,
    "inferenceCluster",
    "is set while enableInferenceCluster is not true: enable the cluster or drop its overrides",
  );
  v.check(
    args.enableOpenAi === true || args.openAi === undefined,
    "openAi",
    "is set while enableOpenAi is not true: enable the account or drop its overrides",
  );
  v.check(
    args.keyVault?.skuName !== "standard" || args.encryptionKey?.keyType !== "RSA-HSM",
    "encryptionKey.keyType",
    'is "RSA-HSM" while keyVault.skuName is "standard": HSM-protected keys need a premium vault',
  );
  if (args.enableInferenceCluster === true) {
    const aks = args.inferenceCluster ?? {};
    v.check(
      aks.routeTableResourceId !== undefined || aks.natGatewayResourceId !== undefined,
      "inferenceCluster.routeTableResourceId",
      "is required with enableInferenceCluster: AKS egress goes through a route table to a firewall (or set outboundType userAssignedNATGateway and natGatewayResourceId)",
    );
    v.report(
      "inferenceCluster.routeTableResourceId",
      resourceIdProblem(aks.routeTableResourceId, "Microsoft.Network/routeTables"),
    );
  }
  v.throwIfInvalid();
}
