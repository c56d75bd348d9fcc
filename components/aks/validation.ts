import {
  InputValidator,
  nameProblem,
  plain,
  resourceIdProblem,
  validateDiagnosticSettings,
  validateDiskEncryptionKey,
  validateSharedArgs,
  vmSizePattern,
} from "../common";
import { cidrProblem, overlaps, parseCidr } from "../common/cidr";
import { GUID_PATTERN } from "../../policies/facts/guid";
import { parseIpv4 } from "../../policies/facts/ipv4";
import { inferencePoolLabelKey, InferencePoolArgs, NodePoolArgs, UpgradeChannel } from "./args";
import {
  maxPodsPerNodeOverlay,
  maxSurgeProblem,
  nodeSubnetProblem,
  peakNodes,
  podCidrNodeCapacity,
} from "./capacity";
import { kubernetesVersionProblem } from "./kubernetesVersion";
import { ResolvedPools } from "./pools";
import type { ResolvedInferenceClusterArgs } from "./resolve";

/** The type token, used by `super()` and by the validator. */
export const TOKEN = "ailz:aks:InferenceCluster";

/** Internal load balancer frontends kept free in the system subnet (router plus headroom). */
export const reservedLoadBalancerAddresses = 2;

const zones = ["1", "2", "3"];
const poolNamePattern = /^[a-z][a-z0-9]{0,11}$/;
const namespacePattern = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const hostNamePattern =
  /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const upgradeChannels: readonly UpgradeChannel[] = [
  "patch",
  "stable",
  "rapid",
  "node-image",
  "none",
];
const nodeOsChannels = ["NodeImage", "SecurityPatch", "Unmanaged", "None"];
const weekDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const apiServerZonePattern = /^([a-z0-9-]+\.)?privatelink\.[a-z0-9]+\.azmk8s\.io$/i;

/**
 * Records every problem of `args` (resolved by `resolveInferenceClusterArgs`) in `v`, at the
 * argument paths of `InferenceCluster` (a composite passes a validator `within` its own path).
 */
export function validateInferenceClusterArgs(
  v: InputValidator,
  args: ResolvedInferenceClusterArgs,
): void {
  const pools = args.pools;
  const clusterNameProblem = nameProblem("aksCluster", args.clusterName);
  v.report("clusterName", clusterNameProblem);
  // A prefix derived from a wrong cluster name would only repeat the cluster name's problem.
  if (args.dnsPrefixGiven || clusterNameProblem === undefined) {
    v.check(
      /^[A-Za-z0-9][A-Za-z0-9-]{0,52}[A-Za-z0-9]$/.test(args.dnsPrefix),
      "dnsPrefix",
      args.dnsPrefixGiven
        ? `"${args.dnsPrefix}" is not a DNS prefix: use 2-54 letters, digits or hyphens, starting and ending with a letter or digit`
        : `"${args.dnsPrefix}", derived from clusterName, is not a DNS prefix: give dnsPrefix, 2-54 letters, digits or hyphens, starting and ending with a letter or digit`,
    );
  }
  if (args.kubernetesVersion !== undefined) {
    v.report("kubernetesVersion", kubernetesVersionProblem(args.kubernetesVersion));
  }
  v.check(
    ["Standard", "Premium"].includes(args.skuTier),
    "skuTier",
    `"${args.skuTier}" is not allowed: use Standard or Premium (Free has no uptime SLA)`,
  );

  args.adminGroupObjectIds.forEach((id, i) => {
    const value = plain(id);
    v.check(
      value === undefined || GUID_PATTERN.test(value),
      `adminGroupObjectIds[${i}]`,
      `"${value}" is not an Entra ID object ID: use the group's GUID`,
    );
  });
  validateNetwork(v, args, pools);
  validatePool(v, "systemPool", args.systemPool, pools.system.maxPods, 30);
  validatePool(v, "inferencePool", args.inferencePool, pools.inference.maxPods, 10);
  validateInferencePool(v, args.inferencePool, pools);
  validateUpgrades(v, args);

  v.report(
    "logAnalyticsWorkspaceResourceId",
    args.logAnalyticsWorkspaceResourceId === undefined
      ? "is required: Container Insights and Defender send their data to this workspace"
      : resourceIdProblem(
          args.logAnalyticsWorkspaceResourceId,
          "Microsoft.OperationalInsights/workspaces",
        ),
  );
  validateDiskEncryption(v, args);
  validatePoolIsolation(v, args);
  v.wholeNumber("imageCleanerIntervalHours", args.imageCleanerIntervalHours, {
    min: 24,
    max: 2160,
    unit: "hours",
  });
  validateDiagnosticSettings(v, "diagnosticSettings", args.diagnosticSettings);
  validateMachineLearning(v, args, pools);
  validateSharedArgs(v, args);
}

/** The pool's isolation runs in the Azure Policy add-on, so it cannot go without it. */
function validatePoolIsolation(v: InputValidator, args: ResolvedInferenceClusterArgs) {
  for (const key of ["enableAzurePolicy", "isolateInferencePool"] as const) {
    v.check(typeof args[key] === "boolean", key, "must be true or false");
  }
  v.check(
    !(args.isolateInferencePool === true && args.enableAzurePolicy === false),
    "enableAzurePolicy",
    "false conflicts with isolateInferencePool (true by default): the inference pool's taint is tolerated by Azure ML's pods only through an Azure Policy for Kubernetes mutation, which the Azure Policy add-on runs; keep the add-on, or also set isolateInferencePool: false",
  );
}

/** Exactly one of: a key to build a disk encryption set from, a brought set, platform keys. */
function validateDiskEncryption(v: InputValidator, args: ResolvedInferenceClusterArgs) {
  v.check(
    args.platformManagedDiskKeys === undefined || typeof args.platformManagedDiskKeys === "boolean",
    "platformManagedDiskKeys",
    "must be true or false",
  );
  const chosen = [
    args.diskEncryptionKey !== undefined && "diskEncryptionKey",
    args.diskEncryptionSetResourceId !== undefined && "diskEncryptionSetResourceId",
    args.platformManagedDiskKeys === true && "platformManagedDiskKeys: true",
  ].filter((c): c is string => c !== false);
  if (chosen.length === 0) {
    v.fail(
      "diskEncryptionKey",
      "is required: pass EncryptionKey.diskEncryptionKey to encrypt node disks with a customer-managed key, bring a set with diskEncryptionSetResourceId, or opt out with platformManagedDiskKeys: true",
    );
  } else if (chosen.length > 1) {
    v.fail(
      args.diskEncryptionKey !== undefined ? "diskEncryptionKey" : "diskEncryptionSetResourceId",
      `conflicts with ${chosen.slice(1).join(" and ")}: choose one way to encrypt node disks`,
    );
  }
  validateDiskEncryptionKey(v, "diskEncryptionKey", args.diskEncryptionKey);
  v.report(
    "diskEncryptionSetResourceId",
    resourceIdProblem(args.diskEncryptionSetResourceId, "Microsoft.Compute/diskEncryptionSets"),
  );
}

/** The cluster's network: node subnets, egress, API server DNS, address plan and capacity. */
function validateNetwork(
  v: InputValidator,
  args: ResolvedInferenceClusterArgs,
  pools: ResolvedPools,
) {
  validateNodeSubnets(v, args);
  validateEgress(v, args);
  validateApiServerDnsZone(v, args);
  validateAddressPlan(v, args);
  validateNodeCapacity(v, args, pools);
}

/** The node subnets' IDs and the network policy. */
function validateNodeSubnets(v: InputValidator, args: ResolvedInferenceClusterArgs) {
  const subnetType = "Microsoft.Network/virtualNetworks/subnets";
  for (const key of ["systemSubnetResourceId", "inferenceSubnetResourceId"] as const) {
    v.report(
      key,
      args[key] === undefined
        ? "is required: the cluster's nodes join this subnet (LandingZoneNetwork.subnetResourceIds fits)"
        : resourceIdProblem(args[key], subnetType),
    );
  }
  v.check(
    ["cilium", "azure"].includes(args.networkPolicy),
    "networkPolicy",
    `"${args.networkPolicy}" is not allowed: use cilium or azure`,
  );
}

/** Egress through a firewall's route table or a NAT gateway, never a public load balancer. */
function validateEgress(v: InputValidator, args: ResolvedInferenceClusterArgs) {
  const outbound = args.outboundType;
  if (outbound === "userDefinedRouting") {
    v.check(
      args.routeTableResourceId !== undefined,
      "routeTableResourceId",
      'is required with outboundType "userDefinedRouting": name the route table on the node subnets that sends 0.0.0.0/0 to your firewall, or use outboundType "userAssignedNATGateway"',
    );
    v.check(
      args.natGatewayResourceId === undefined,
      "natGatewayResourceId",
      'conflicts with outboundType "userDefinedRouting": egress goes through the route table; set outboundType "userAssignedNATGateway" to use the NAT gateway',
    );
  } else if (outbound === "userAssignedNATGateway") {
    v.check(
      args.natGatewayResourceId !== undefined,
      "natGatewayResourceId",
      'is required with outboundType "userAssignedNATGateway": name the NAT gateway associated with the node subnets',
    );
    v.check(
      args.routeTableResourceId === undefined,
      "routeTableResourceId",
      'conflicts with outboundType "userAssignedNATGateway": a default route in the route table would bypass the NAT gateway; remove it or use outboundType "userDefinedRouting"',
    );
  } else {
    v.fail(
      "outboundType",
      `"${outbound}" is not allowed: use userDefinedRouting or userAssignedNATGateway (no public load balancer egress)`,
    );
  }
  v.report(
    "routeTableResourceId",
    resourceIdProblem(args.routeTableResourceId, "Microsoft.Network/routeTables"),
  );
  v.report(
    "natGatewayResourceId",
    resourceIdProblem(args.natGatewayResourceId, "Microsoft.Network/natGateways"),
  );
}

/** A private API server zone brought by ID, or `system`. */
function validateApiServerDnsZone(v: InputValidator, args: ResolvedInferenceClusterArgs) {
  const zone = plain(args.privateDnsZone);
  if (zone !== undefined && zone !== "system") {
    const problem = resourceIdProblem(zone, "Microsoft.Network/privateDnsZones");
    const zoneName = zone.split("/").pop() ?? "";
    v.report(
      "privateDnsZone",
      problem !== undefined
        ? `${problem}; or use "system"`
        : apiServerZonePattern.test(zoneName)
          ? undefined
          : `points at zone "${zoneName}"; an API server zone is named privatelink.<region>.azmk8s.io or <subzone>.privatelink.<region>.azmk8s.io`,
    );
  }
}

/** Subnets, overlay pod CIDR and service CIDR are valid and disjoint; the DNS IP is in the service CIDR. */
function validateAddressPlan(v: InputValidator, args: ResolvedInferenceClusterArgs) {
  const { podCidr, serviceCidr, dnsServiceIP: dns } = args;
  const blocks: { path: string; text: string }[] = [];
  for (const [path, text] of [
    ["podCidr", podCidr],
    ["serviceCidr", serviceCidr],
    ["systemSubnetAddressPrefix", args.systemSubnetAddressPrefix],
    ["inferenceSubnetAddressPrefix", args.inferenceSubnetAddressPrefix],
  ] as const) {
    if (text === undefined) continue;
    const problem = cidrProblem(text);
    v.report(path, problem);
    if (!problem) blocks.push({ path, text });
  }
  blocks.forEach((a, i) =>
    blocks.slice(i + 1).forEach((b) => {
      // The two node subnets may be one and the same; everything else must be disjoint.
      const bothSubnets = a.path.endsWith("AddressPrefix") && b.path.endsWith("AddressPrefix");
      if (bothSubnets && a.text === b.text) return;
      if (overlaps(parseCidr(a.text)!, parseCidr(b.text)!)) {
        v.fail(b.path, `${b.text} overlaps ${a.path} (${a.text}); the ranges must be disjoint`);
      }
    }),
  );

  const service = parseCidr(serviceCidr);
  const address = parseIpv4(dns);
  if (address === undefined) {
    v.fail("dnsServiceIP", `"${dns}" is not an IPv4 address`);
  } else if (service) {
    v.check(
      address > service.start && address < service.end,
      "dnsServiceIP",
      `${dns} is outside serviceCidr ${serviceCidr}: pick an address inside it other than the first (e.g. .10)`,
    );
  }
}

/** The pod CIDR and the node subnets fit the pools at maxCount plus upgrade surge. */
function validateNodeCapacity(
  v: InputValidator,
  args: ResolvedInferenceClusterArgs,
  pools: ResolvedPools,
) {
  const { podCidr } = args;
  const systemPeak = peakNodes(pools.system.maxCount, pools.system.maxSurge);
  const inferencePeak = peakNodes(pools.inference.maxCount, pools.inference.maxSurge);
  const pods = parseCidr(podCidr);
  if (pods && !cidrProblem(podCidr)) {
    const capacity = podCidrNodeCapacity(pods);
    v.check(
      systemPeak + inferencePeak <= capacity,
      "podCidr",
      `${podCidr} gives ${capacity} nodes a /24 each (up to ${maxPodsPerNodeOverlay} pods per node) but the pools can reach ${systemPeak + inferencePeak} nodes at maxCount plus upgrade surge; use a larger pod CIDR`,
    );
  }
  // Internal load balancers (the inference router's) take their frontend address from the
  // cluster's default subnet, the system pool's, unless a Service names another.
  const sameSubnet =
    args.systemSubnetAddressPrefix !== undefined &&
    args.systemSubnetAddressPrefix === args.inferenceSubnetAddressPrefix;
  if (sameSubnet) {
    v.report(
      "systemSubnetAddressPrefix",
      nodeSubnetProblem(
        args.systemSubnetAddressPrefix!,
        systemPeak + inferencePeak,
        reservedLoadBalancerAddresses,
      ),
    );
    return;
  }
  if (args.systemSubnetAddressPrefix !== undefined) {
    v.report(
      "systemSubnetAddressPrefix",
      nodeSubnetProblem(args.systemSubnetAddressPrefix, systemPeak, reservedLoadBalancerAddresses),
    );
  }
  if (args.inferenceSubnetAddressPrefix !== undefined) {
    v.report(
      "inferenceSubnetAddressPrefix",
      nodeSubnetProblem(args.inferenceSubnetAddressPrefix, inferencePeak, 0),
    );
  }
}

function validatePool(
  v: InputValidator,
  path: string,
  pool: (NodePoolArgs & { name?: string }) | undefined,
  maxPods: number,
  minimumMaxPods: number,
) {
  if (pool === undefined) return;
  if (pool.name !== undefined) {
    v.check(
      poolNamePattern.test(pool.name),
      `${path}.name`,
      `"${pool.name}" is not a node pool name: use 1-12 lowercase letters or digits, starting with a letter`,
    );
  }
  const { minCount, maxCount } = pool;
  const floor = path === "systemPool" ? 1 : 0;
  v.wholeNumber(`${path}.minCount`, minCount, { min: floor, max: 1000 });
  v.wholeNumber(`${path}.maxCount`, maxCount, { min: 1, max: 1000 });
  if (minCount !== undefined && maxCount !== undefined) {
    v.check(
      minCount <= maxCount,
      `${path}.minCount`,
      `${minCount} is greater than maxCount ${maxCount}: the autoscaler needs minCount <= maxCount`,
    );
  }
  const poolZones = pool.availabilityZones;
  if (poolZones !== undefined) {
    v.check(
      poolZones.length > 0 &&
        poolZones.every((z) => zones.includes(z)) &&
        new Set(poolZones).size === poolZones.length,
      `${path}.availabilityZones`,
      `[${poolZones.join(", ")}] is not allowed: use a non-empty subset of "1", "2", "3" without repeats`,
    );
  }
  v.wholeNumber(
    `${path}.maxPods`,
    maxPods,
    { min: minimumMaxPods, max: maxPodsPerNodeOverlay },
    `${maxPods} is out of range: use a whole number from ${minimumMaxPods} to ${maxPodsPerNodeOverlay} (Azure CNI overlay)`,
  );
  v.check(
    pool.osDiskType === undefined || ["Ephemeral", "Managed"].includes(pool.osDiskType),
    `${path}.osDiskType`,
    `"${pool.osDiskType}" is not allowed: use Ephemeral or Managed`,
  );
  v.check(
    pool.osSKU === undefined || ["AzureLinux", "Ubuntu"].includes(pool.osSKU),
    `${path}.osSKU`,
    `"${pool.osSKU}" is not allowed: use AzureLinux or Ubuntu (Azure ML runs on Linux nodes only)`,
  );
  v.wholeNumber(`${path}.osDiskSizeGB`, pool.osDiskSizeGB, { min: 30, max: 2048, unit: "GB" });
  if (pool.maxSurge !== undefined) v.report(`${path}.maxSurge`, maxSurgeProblem(pool.maxSurge));
  v.check(
    pool.vmSize === undefined || vmSizePattern.test(pool.vmSize),
    `${path}.vmSize`,
    `"${pool.vmSize}" is not a VM size: use a name such as Standard_D8ds_v5 or Standard_NC24ads_A100_v4`,
  );
}

function validateInferencePool(
  v: InputValidator,
  pool: InferencePoolArgs | undefined,
  pools: ResolvedPools,
) {
  v.check(
    pool?.mode === undefined || pool.mode === "User",
    "inferencePool.mode",
    `"${pool?.mode}" is not allowed: the inference pool must be a User pool; System pools run critical add-ons and the system pool is tainted CriticalAddonsOnly`,
  );
  v.check(
    pool?.scaleSetPriority === undefined || pool.scaleSetPriority === "Regular",
    "inferencePool.scaleSetPriority",
    `"${pool?.scaleSetPriority}" is not supported: Spot nodes are tainted and Azure ML pods cannot tolerate taints (Azure/AML-Kubernetes#53); use Regular`,
  );
  for (const key of Object.keys(pool?.nodeLabels ?? {})) {
    v.check(
      key !== inferencePoolLabelKey,
      `inferencePool.nodeLabels["${key}"]`,
      "is the isolation label the component sets itself; choose another key",
    );
  }
  v.check(
    pools.system.name !== pools.inference.name,
    "inferencePool.name",
    `"${pools.inference.name}" is the system pool's name too; pool names must differ`,
  );
}

function validateUpgrades(v: InputValidator, args: ResolvedInferenceClusterArgs) {
  const channel = args.upgradeChannel;
  v.check(
    upgradeChannels.includes(channel),
    "upgradeChannel",
    `"${channel}" is not an upgrade channel: use ${upgradeChannels.join(", ")}`,
  );
  v.check(
    nodeOsChannels.includes(args.nodeOSUpgradeChannel),
    "nodeOSUpgradeChannel",
    `"${args.nodeOSUpgradeChannel}" is not a node OS channel: use ${nodeOsChannels.join(", ")}`,
  );
  const version = args.kubernetesVersion;
  if (version !== undefined && channel !== "none" && channel !== "node-image") {
    v.check(
      version.split(".").length !== 3,
      "kubernetesVersion",
      `"${version}" pins a patch version, which conflicts with upgradeChannel "${channel}": give the minor only (e.g. "${version.split(".").slice(0, 2).join(".")}") or set upgradeChannel "none"`,
    );
  }
  const w = args.maintenanceWindow;
  v.check(
    weekDays.includes(w.dayOfWeek),
    "maintenanceWindow.dayOfWeek",
    `"${w.dayOfWeek}" is not a day: use ${weekDays.join(", ")}`,
  );
  v.check(
    /^([01]\d|2[0-3]):[0-5]\d$/.test(w.startTime),
    "maintenanceWindow.startTime",
    `"${w.startTime}" is not a time: use HH:mm, e.g. "01:30"`,
  );
  v.wholeNumber(
    "maintenanceWindow.durationHours",
    w.durationHours,
    { min: 4, max: 24 },
    `${w.durationHours} is out of range: AKS needs a whole number of hours from 4 to 24`,
  );
  v.check(
    /^[+-]([01]\d|2[0-3]):[0-5]\d$/.test(w.utcOffset),
    "maintenanceWindow.utcOffset",
    `"${w.utcOffset}" is not an offset: use +HH:mm or -HH:mm`,
  );
}

function validateMachineLearning(
  v: InputValidator,
  args: ResolvedInferenceClusterArgs,
  pools: ResolvedPools,
) {
  v.report(
    "machineLearningWorkspaceResourceId",
    args.machineLearningWorkspaceResourceId === undefined
      ? "is required: the cluster is attached to this workspace and trusted by it"
      : resourceIdProblem(
          args.machineLearningWorkspaceResourceId,
          "Microsoft.MachineLearningServices/workspaces",
        ),
  );
  if (args.computeName !== undefined) {
    v.report("computeName", nameProblem("mlCompute", args.computeName, "a compute name"));
  }
  v.check(
    namespacePattern.test(args.computeNamespace),
    "computeNamespace",
    `"${args.computeNamespace}" is not a Kubernetes namespace: use 1-63 lowercase letters, digits or hyphens, starting and ending with a letter or digit`,
  );
  const tls = args.inferenceRouterTls;
  if (args.allowInsecureConnections === true) {
    v.check(
      tls === undefined,
      "inferenceRouterTls",
      "conflicts with allowInsecureConnections: true; remove one (TLS is the secure default)",
    );
  } else if (tls === undefined) {
    v.fail(
      "inferenceRouterTls",
      "is required: give the router's host name and certificate (secretName, or certificatePem and keyPem), or opt out with allowInsecureConnections: true",
    );
  } else {
    v.check(
      typeof tls.cname === "string" && hostNamePattern.test(tls.cname),
      "inferenceRouterTls.cname",
      `"${tls.cname}" is not a host name: use a fully qualified name such as scoring.contoso.internal`,
    );
    const pem = tls.certificatePem !== undefined || tls.keyPem !== undefined;
    if (tls.secretName !== undefined) {
      v.check(
        !pem,
        "inferenceRouterTls.secretName",
        "conflicts with certificatePem/keyPem: take the certificate from a Kubernetes secret or pass it inline, not both",
      );
      v.check(
        namespacePattern.test(tls.secretName),
        "inferenceRouterTls.secretName",
        `"${tls.secretName}" is not a Kubernetes secret name: use lowercase letters, digits or hyphens`,
      );
    } else {
      v.check(
        tls.certificatePem !== undefined,
        "inferenceRouterTls.certificatePem",
        "is required unless secretName is given",
      );
      v.check(
        tls.keyPem !== undefined,
        "inferenceRouterTls.keyPem",
        "is required unless secretName is given",
      );
    }
  }
  if (args.inferenceRouterHA !== false) {
    v.check(
      pools.inference.maxCount >= 3,
      "inferencePool.maxCount",
      `${pools.inference.maxCount} is too small for the highly available inference router (3 replicas on separate nodes, Azure/AML-Kubernetes#271): use 3 or more, or set inferenceRouterHA: false`,
    );
  }
}
