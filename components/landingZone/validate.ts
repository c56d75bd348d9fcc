import { emailPattern, InputValidator, plain, tagProblems } from "../common";
import { validateDataCollection } from "../ml/mlops";
import type { SlotKey } from "../ml/serving";
import { AiLandingZoneArgs, requiredTagNames } from "./args";
import { validateInferenceCluster, wantsInferenceCluster } from "./inferenceCluster";
import { validateEncryptionKey, validateKeyVault } from "./keyVault";
import { validateModelMonitors, wantsModelMonitors } from "./modelMonitors";
import { validateNetwork } from "./network";
import { validateObservability } from "./observability";
import { validateCosmos, wantsCosmos } from "./cosmos";
import { validateFoundry, wantsFoundry } from "./foundry";
import { validateGateway, wantsGateway } from "./gateway";
import { validateOpenAi, validateOpenAiKey, wantsAiServicesKey, wantsOpenAi } from "./openAi";
import { validateSearch, wantsSearch } from "./search";
import { TOKEN, Zone } from "./resolve";
import { validateEndpoint, validateSlots } from "./serving";
import { standIns } from "./standIns";
import { validateStorage } from "./storage";
import { validateTrainingCluster } from "./training";
import { validateWorkspace } from "./workspace";
import { validateHubAndAccess } from "./validateHub";
import { governanceEnabled } from "./governance";

/** The GenAI children: each option's flag, its overrides and what the flag adds. */
const genAiOptions = [
  ["enableFoundry", "foundry", "AI Foundry account"],
  ["enableSearch", "search", "AI Search service"],
  ["enableCosmos", "cosmos", "Cosmos DB account"],
  ["enableGateway", "gateway", "AI gateway"],
] as const;

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

/**
 * Checks the zone's own arguments and every child's arguments as the zone would build them
 * (overrides included), before any resource exists, and throws one error listing every problem
 * at the zone's property paths (`storage.accountName`, `slots.blue.weight`).
 */
export function validate(zone: Zone): void {
  const v = new InputValidator(TOKEN, zone.name);
  validateZoneArgs(v, zone.name, zone.args);
  validateChildren(v, zone);
  v.throwIfInvalid();
}

/** Each child in build order, given stand-ins for the siblings it is built from. */
function validateChildren(v: InputValidator, zone: Zone): void {
  const plan = validateNetwork(v, zone);
  const s = standIns(zone, plan);
  validateObservability(v, zone);
  validateKeyVault(v, zone, s);
  validateEncryptionKey(v, zone, s);
  validateStorage(v, zone, s);
  validateWorkspace(v, zone, s);
  validateTrainingCluster(v, zone, s);
  if (wantsInferenceCluster(zone)) validateInferenceCluster(v, zone, s);
  if (wantsAiServicesKey(zone)) validateOpenAiKey(v, zone, s);
  if (wantsOpenAi(zone)) validateOpenAi(v, zone, s);
  if (wantsSearch(zone)) validateSearch(v, zone, s);
  if (wantsCosmos(zone)) validateCosmos(v, zone, s);
  if (wantsFoundry(zone)) validateFoundry(v, zone, s);
  if (wantsGateway(zone)) validateGateway(v, zone, s);
  validateEndpoint(v, zone, s);
  validateSlots(v, zone, s);
  if (wantsModelMonitors(zone)) validateModelMonitors(v, zone, s);
}

/** The zone's own arguments. */
function validateZoneArgs(v: InputValidator, name: string, args: AiLandingZoneArgs): void {
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
    args.enableRegistry === true || args.registry === undefined,
    "registry",
    "is set while enableRegistry is not true: enable the registry or drop its overrides",
  );
  v.check(
    args.enableRegistry !== true || plain(args.location) !== undefined,
    "location",
    "is required with enableRegistry: the registry lists its regions by name, so pass the zone's region as a known string",
  );
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
  for (const [flag, key, child] of genAiOptions) {
    v.check(
      args[flag] === true || args[key] === undefined,
      key,
      `is set while ${flag} is not true: enable the ${child} or drop its overrides`,
    );
  }
  v.check(
    args.enableCosmos !== true ||
      plain(args.location) !== undefined ||
      args.cosmos?.location !== undefined,
    "location",
    "is required with enableCosmos: Cosmos DB lists its regions by name, so pass the zone's region as a known string",
  );
  v.check(
    governanceEnabled(args) || args.governance === undefined,
    "governance",
    "is set while governance is off (enableGovernance false, or not a prod environment): enable it or drop its overrides",
  );
  v.check(
    args.keyVault?.skuName !== "standard" || args.encryptionKey?.keyType !== "RSA-HSM",
    "encryptionKey.keyType",
    'is "RSA-HSM" while keyVault.skuName is "standard": HSM-protected keys need a premium vault',
  );
  validateHubAndAccess(v, args);
}
