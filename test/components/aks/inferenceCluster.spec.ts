import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { InferenceCluster } from "../../../components/aks";
import { group, ids, rg } from "../../helpers/fixtures";
import { OptionsRecorder, RecorderMocks, settle, unwrap, useMocks } from "../../helpers/mocks";
import { aksIds, clusterArgs, diskKey } from "./clusterFixtures";

const CS = "azure-native:containerservice";
const clusterId = `${group}/providers/Microsoft.ContainerService/managedClusters/aks-infer`;
const identityId = `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-infer-aks`;
const networkContributor =
  "/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7";
const reader =
  "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7";
const setId = `${group}/providers/Microsoft.Compute/diskEncryptionSets/des-infer`;

describe("InferenceCluster", () => {
  let mocks: RecorderMocks;
  before(async () => {
    mocks = await useMocks();
  });

  // One cluster serves every spec in this block: building one takes about a second.
  describe("with defaults", () => {
    let cluster: InferenceCluster;
    const recorder = new OptionsRecorder();
    before(async () => {
      mocks.reset();
      cluster = new InferenceCluster("infer", clusterArgs({ tags: { costCenter: "cc-7" } }), {
        transformations: [recorder.transformation],
      });
      await settle();
    });

    it("has a private API server with run command blocked and no public FQDN", () => {
      const c = mocks.one(`${CS}:ManagedCluster`).inputs;
      assert.deepStrictEqual(c.apiServerAccessProfile, {
        enablePrivateCluster: true,
        enablePrivateClusterPublicFQDN: false,
        privateDNSZone: "system",
        disableRunCommand: true,
      });
    });

    it("authenticates with Entra ID and Azure RBAC only, as a user-assigned identity", () => {
      const c = mocks.one(`${CS}:ManagedCluster`).inputs;
      assert.deepStrictEqual(
        {
          aadProfile: c.aadProfile,
          disableLocalAccounts: c.disableLocalAccounts,
          enableRBAC: c.enableRBAC,
          identity: c.identity,
          sku: c.sku,
          supportPlan: c.supportPlan,
          resourceName: c.resourceName,
          dnsPrefix: c.dnsPrefix,
          tags: c.tags,
        },
        {
          aadProfile: {
            managed: true,
            enableAzureRBAC: true,
            tenantID: "6d1e8b2a-4c3f-4e5d-9a7b-2c8e1f0d3b4a",
            adminGroupObjectIDs: [],
          },
          disableLocalAccounts: true,
          enableRBAC: true,
          identity: { type: "UserAssigned", userAssignedIdentities: [identityId] },
          sku: { name: "Base", tier: "Standard" },
          supportPlan: "KubernetesOfficial",
          resourceName: "aks-infer",
          dnsPrefix: "aks-infer",
          tags: { costCenter: "cc-7" },
        },
      );
      assert.strictEqual(c.kubernetesVersion, undefined);
    });

    it("uses Azure CNI overlay with Cilium policy and egress through the route table", () => {
      assert.deepStrictEqual(mocks.one(`${CS}:ManagedCluster`).inputs.networkProfile, {
        networkPlugin: "azure",
        networkPluginMode: "overlay",
        networkPolicy: "cilium",
        networkDataplane: "cilium",
        outboundType: "userDefinedRouting",
        loadBalancerSku: "standard",
        podCidr: "10.244.0.0/16",
        serviceCidr: "10.0.0.0/16",
        dnsServiceIP: "10.0.0.10",
      });
    });

    it("runs Defender, workload identity, Image Cleaner, the OIDC issuer and the security add-ons", () => {
      const c = mocks.one(`${CS}:ManagedCluster`).inputs;
      assert.deepStrictEqual(c.securityProfile, {
        defender: {
          logAnalyticsWorkspaceResourceId: ids.workspace,
          securityMonitoring: { enabled: true },
        },
        workloadIdentity: { enabled: true },
        imageCleaner: { enabled: true, intervalHours: 168 },
      });
      assert.deepStrictEqual(c.oidcIssuerProfile, { enabled: true });
      assert.deepStrictEqual(c.addonProfiles, {
        azurepolicy: { enabled: true, config: { version: "v2" } },
        omsagent: {
          enabled: true,
          config: { logAnalyticsWorkspaceResourceID: ids.workspace, useAADAuth: "true" },
        },
        azureKeyvaultSecretsProvider: {
          enabled: true,
          config: { enableSecretRotation: "true", rotationPollInterval: "2m" },
        },
      });
    });

    it("encrypts node disks with the customer-managed key through a disk encryption set that follows rotation", () => {
      assert.strictEqual(mocks.one(`${CS}:ManagedCluster`).inputs.diskEncryptionSetID, setId);
      const set = mocks.one("azure-native:compute:DiskEncryptionSet");
      assert.strictEqual(set.name, "infer-des");
      assert.deepStrictEqual(set.inputs, {
        resourceGroupName: rg,
        location: "westeurope",
        diskEncryptionSetName: "des-infer",
        encryptionType: "EncryptionAtRestWithCustomerKey",
        identity: { type: "UserAssigned", userAssignedIdentities: [ids.identity] },
        activeKey: { keyUrl: diskKey.keyUrlWithVersion, sourceVault: { id: ids.vault } },
        rotationToLatestKeyVersionEnabled: true,
        tags: { costCenter: "cc-7" },
      });
    });

    it("upgrades patches and node images automatically, in a weekly window", () => {
      const c = mocks.one(`${CS}:ManagedCluster`).inputs;
      assert.deepStrictEqual(c.autoUpgradeProfile, {
        upgradeChannel: "patch",
        nodeOSUpgradeChannel: "NodeImage",
      });
      assert.deepStrictEqual(c.autoScalerProfile, {
        balanceSimilarNodeGroups: "true",
        expander: "least-waste",
      });
      const window = {
        schedule: { weekly: { dayOfWeek: "Sunday", intervalWeeks: 1 } },
        durationHours: 4,
        startTime: "00:00",
        utcOffset: "+00:00",
      };
      assert.deepStrictEqual(
        mocks
          .ofType(`${CS}:MaintenanceConfiguration`)
          .map((m) => [
            m.name,
            m.inputs.resourceName,
            m.inputs.configName,
            m.inputs.maintenanceWindow,
          ]),
        [
          ["infer-maintenance-upgrade", "aks-infer", "aksManagedAutoUpgradeSchedule", window],
          ["infer-maintenance-node-os", "aks-infer", "aksManagedNodeOSUpgradeSchedule", window],
        ],
      );
    });

    it("declares only the system pool inline: tainted, zonal, autoscaled, hardened", () => {
      assert.deepStrictEqual(mocks.one(`${CS}:ManagedCluster`).inputs.agentPoolProfiles, [
        {
          name: "system",
          mode: "System",
          type: "VirtualMachineScaleSets",
          vmSize: "Standard_D4ds_v5",
          osType: "Linux",
          osSKU: "AzureLinux",
          osDiskType: "Ephemeral",
          count: 3,
          enableAutoScaling: true,
          minCount: 3,
          maxCount: 5,
          availabilityZones: ["1", "2", "3"],
          maxPods: 110,
          nodeTaints: ["CriticalAddonsOnly=true:NoSchedule"],
          enableNodePublicIP: false,
          enableEncryptionAtHost: true,
          scaleSetPriority: "Regular",
          vnetSubnetID: aksIds.systemSubnet,
          upgradeSettings: { maxSurge: "33%" },
        },
      ]);
    });

    it("puts the inference pool in its own AgentPool, labelled and tainted, with no public IPs", () => {
      const pool = mocks.one(`${CS}:AgentPool`);
      assert.strictEqual(pool.name, "infer-pool-inference");
      assert.deepStrictEqual(pool.inputs, {
        resourceGroupName: rg,
        resourceName: "aks-infer",
        agentPoolName: "inference",
        mode: "User",
        type: "VirtualMachineScaleSets",
        vmSize: "Standard_D8ds_v5",
        osType: "Linux",
        osSKU: "AzureLinux",
        osDiskType: "Ephemeral",
        count: 3,
        enableAutoScaling: true,
        minCount: 3,
        maxCount: 6,
        availabilityZones: ["1", "2", "3"],
        maxPods: 50,
        nodeLabels: { "ailz.io/pool": "inference" },
        nodeTaints: ["ailz.io/pool=inference:NoSchedule"],
        enableNodePublicIP: false,
        enableEncryptionAtHost: true,
        scaleSetPriority: "Regular",
        vnetSubnetID: aksIds.inferenceSubnet,
        upgradeSettings: { maxSurge: "33%" },
        tags: { costCenter: "cc-7" },
      });
      assert.deepStrictEqual(cluster.inferenceNodeSelector, { "ailz.io/pool": "inference" });
      assert.strictEqual(cluster.inferencePoolName, "inference");
    });

    it("installs the Azure ML extension for inference only, pinned to the pool, behind an internal load balancer with TLS", () => {
      const ext = mocks.one("azure-native:kubernetesconfiguration:Extension").inputs;
      assert.deepStrictEqual(
        {
          clusterRp: ext.clusterRp,
          clusterResourceName: ext.clusterResourceName,
          clusterName: ext.clusterName,
          extensionName: ext.extensionName,
          extensionType: ext.extensionType,
          releaseTrain: ext.releaseTrain,
          autoUpgradeMinorVersion: ext.autoUpgradeMinorVersion,
          scope: ext.scope,
          identity: ext.identity,
          configurationProtectedSettings: ext.configurationProtectedSettings,
        },
        {
          clusterRp: "Microsoft.ContainerService",
          clusterResourceName: "managedClusters",
          clusterName: "aks-infer",
          extensionName: "azureml",
          extensionType: "Microsoft.AzureML.Kubernetes",
          releaseTrain: "stable",
          autoUpgradeMinorVersion: true,
          scope: { cluster: { releaseNamespace: "azureml" } },
          identity: { type: "SystemAssigned" },
          configurationProtectedSettings: undefined,
        },
      );
      assert.deepStrictEqual(ext.configurationSettings, {
        enableTraining: "False",
        enableInference: "True",
        clusterPurpose: "FastProd",
        inferenceRouterServiceType: "LoadBalancer",
        internalLoadBalancerProvider: "azure",
        "scoringFe.serviceType.internalLoadBalancer": "true",
        inferenceRouterHA: "True",
        allowInsecureConnections: "False",
        "nodeSelector.ailz.io/pool": "inference",
        installNvidiaDevicePlugin: "False",
        cluster_name: clusterId,
        clusterId,
        "servicebus.enabled": "false",
        "relayserver.enabled": "false",
        domain: "westeurope",
        jobSchedulerLocation: "westeurope",
        sslCname: "scoring.contoso.internal",
        "scoringFe.sslSecret": "azureml-fe-tls",
      });
    });

    it("trusts the workspace through Trusted Access instead of local accounts", () => {
      assert.deepStrictEqual(mocks.one(`${CS}:TrustedAccessRoleBinding`).inputs, {
        resourceGroupName: rg,
        resourceName: "aks-infer",
        trustedAccessRoleBindingName: "azureml-workspace",
        sourceResourceId: aksIds.mlWorkspace,
        roles: ["Microsoft.MachineLearningServices/workspaces/mlworkload"],
      });
    });

    it("deploys endpoints into a namespace of their own, created as an AKS managed namespace", () => {
      assert.deepStrictEqual(mocks.one(`${CS}:ManagedNamespace`).inputs, {
        resourceGroupName: rg,
        resourceName: "aks-infer",
        managedNamespaceName: "azureml-endpoints",
        location: "westeurope",
        properties: {
          labels: { "ailz.io/workload": "azureml-endpoints" },
          adoptionPolicy: "IfIdentical",
          deletePolicy: "Keep",
        },
        tags: { costCenter: "cc-7" },
      });
    });

    it("attaches the cluster to the workspace as Kubernetes compute without local auth", async () => {
      assert.deepStrictEqual(mocks.one("azure-native:machinelearningservices:Compute").inputs, {
        resourceGroupName: rg,
        workspaceName: "mlw-ailz",
        computeName: "aks-inference",
        location: "westeurope",
        properties: {
          computeType: "Kubernetes",
          resourceId: clusterId,
          description: 'AKS inference pool "inference" (nodeSelector ailz.io/pool=inference)',
          disableLocalAuth: true,
          properties: { namespace: "azureml-endpoints" },
        },
        tags: { costCenter: "cc-7" },
      });
      assert.strictEqual(
        await unwrap(cluster.computeResourceId),
        `${aksIds.mlWorkspace}/computes/aks-inference`,
      );
      assert.strictEqual(await unwrap(cluster.resourceId), clusterId);
    });

    it("gives the control-plane identity Network Contributor on both node subnets and Reader on the disk encryption set, before the cluster", async () => {
      const principal = await unwrap(cluster.identityPrincipalId);
      const roles = mocks.ofType("azure-native:authorization:RoleAssignment");
      assert.deepStrictEqual(
        roles.map((r) => [
          r.inputs.scope,
          r.inputs.roleDefinitionId,
          r.inputs.principalId,
          r.inputs.principalType,
        ]),
        [
          [aksIds.systemSubnet, networkContributor, principal, "ServicePrincipal"],
          [aksIds.inferenceSubnet, networkContributor, principal, "ServicePrincipal"],
          [setId, reader, principal, "ServicePrincipal"],
        ],
      );
      const dependsOn = recorder.options.get(`${CS}:ManagedCluster::infer-cluster`)?.dependsOn;
      assert.deepStrictEqual(
        await Promise.all((dependsOn as pulumi.Resource[]).map((r) => unwrap(r.urn))).then((urns) =>
          urns.map((u) => u.split("::").pop()),
        ),
        roles.map((r) => r.name),
      );
    });

    it("sends kube-apiserver, kube-audit-admin, guard, controller manager, scheduler and autoscaler logs to Log Analytics", () => {
      const diag = mocks.one("azure-native:monitor:DiagnosticSetting").inputs;
      assert.deepStrictEqual(
        [
          diag.resourceUri,
          diag.workspaceId,
          diag.logAnalyticsDestinationType,
          diag.logs,
          diag.metrics,
        ],
        [
          clusterId,
          ids.workspace,
          "Dedicated",
          [
            { category: "kube-apiserver", enabled: true },
            { category: "kube-audit-admin", enabled: true },
            { category: "guard", enabled: true },
            { category: "kube-controller-manager", enabled: true },
            { category: "kube-scheduler", enabled: true },
            { category: "cluster-autoscaler", enabled: true },
          ],
          [{ category: "AllMetrics", enabled: true }],
        ],
      );
    });

    it("orders the children: pool after cluster, extension after pool, trust and the toleration mutation, attach after the namespace, last", async () => {
      const after = async (key: string) => {
        const deps = (recorder.options.get(key)?.dependsOn ?? []) as pulumi.Resource[];
        const urns = await Promise.all(deps.map((r) => unwrap(r.urn)));
        return urns.map((u) => u.split("::").pop());
      };
      assert.deepStrictEqual(await after(`${CS}:AgentPool::infer-pool-inference`), [
        "infer-cluster",
      ]);
      assert.deepStrictEqual(await after(`${CS}:TrustedAccessRoleBinding::infer-trusted-access`), [
        "infer-cluster",
      ]);
      assert.deepStrictEqual(
        await after("azure-native:kubernetesconfiguration:Extension::infer-azureml"),
        ["infer-pool-inference", "infer-trusted-access", "infer-pool-toleration"],
      );
      assert.deepStrictEqual(
        await after("azure-native:authorization:PolicyAssignment::infer-pool-toleration"),
        ["infer-pool-toleration", "infer-cluster"],
      );
      assert.deepStrictEqual(await after(`${CS}:ManagedNamespace::infer-namespace`), [
        "infer-cluster",
      ]);
      assert.deepStrictEqual(
        await after("azure-native:machinelearningservices:Compute::infer-compute"),
        ["infer-azureml", "infer-trusted-access", "infer-namespace"],
      );
    });

    it("protects the cluster and ignores what the autoscaler changes, so a preview after scaling shows no diff", () => {
      assert.strictEqual(recorder.protected(`${CS}:ManagedCluster`, "infer-cluster"), true);
      assert.deepStrictEqual(
        recorder.options.get(`${CS}:ManagedCluster::infer-cluster`)?.ignoreChanges,
        ["agentPoolProfiles[0].count"],
      );
      assert.deepStrictEqual(
        recorder.options.get(`${CS}:AgentPool::infer-pool-inference`)?.ignoreChanges,
        ["count"],
      );
    });
  });

  describe("variants", () => {
    beforeEach(() => mocks.reset());

    it("on a channel that moves minors, also ignores the versions Azure upgrades", async () => {
      const recorder = new OptionsRecorder();
      new InferenceCluster(
        "stable",
        clusterArgs({ upgradeChannel: "stable", kubernetesVersion: "1.34" }),
        {
          transformations: [recorder.transformation],
        },
      );
      await settle();
      assert.deepStrictEqual(
        recorder.options.get(`${CS}:ManagedCluster::stable-cluster`)?.ignoreChanges,
        [
          "agentPoolProfiles[0].count",
          "agentPoolProfiles[0].orchestratorVersion",
          "kubernetesVersion",
        ],
      );
      assert.deepStrictEqual(
        recorder.options.get(`${CS}:AgentPool::stable-pool-inference`)?.ignoreChanges,
        ["count", "orchestratorVersion"],
      );
      const c = mocks.one(`${CS}:ManagedCluster`).inputs;
      assert.deepStrictEqual(
        [c.kubernetesVersion, c.agentPoolProfiles[0].orchestratorVersion],
        ["1.34", "1.34"],
      );
      assert.strictEqual(mocks.one(`${CS}:AgentPool`).inputs.orchestratorVersion, "1.34");
    });

    it("takes a GPU pool that scales to zero by default, with extra labels, a managed OS disk and the NVIDIA device plugin", async () => {
      new InferenceCluster(
        "gpu",
        clusterArgs({
          inferencePool: {
            name: "gpu",
            vmSize: "Standard_NC24ads_A100_v4",
            minCount: 0,
            maxCount: 4,
            availabilityZones: ["2", "3"],
            maxPods: 30,
            osDiskType: "Managed",
            osDiskSizeGB: 256,
            osSKU: "Ubuntu",
            nodeLabels: { accelerator: "a100" },
          },
        }),
      );
      await settle();
      const pool = mocks.one(`${CS}:AgentPool`).inputs;
      assert.deepStrictEqual(
        {
          agentPoolName: pool.agentPoolName,
          vmSize: pool.vmSize,
          count: pool.count,
          minCount: pool.minCount,
          maxCount: pool.maxCount,
          availabilityZones: pool.availabilityZones,
          maxPods: pool.maxPods,
          osDiskType: pool.osDiskType,
          osDiskSizeGB: pool.osDiskSizeGB,
          osSKU: pool.osSKU,
          nodeLabels: pool.nodeLabels,
          nodeTaints: pool.nodeTaints,
          enableNodePublicIP: pool.enableNodePublicIP,
          mode: pool.mode,
        },
        {
          agentPoolName: "gpu",
          vmSize: "Standard_NC24ads_A100_v4",
          count: 0,
          minCount: 0,
          maxCount: 4,
          availabilityZones: ["2", "3"],
          maxPods: 30,
          osDiskType: "Managed",
          osDiskSizeGB: 256,
          osSKU: "Ubuntu",
          nodeLabels: { accelerator: "a100", "ailz.io/pool": "inference" },
          nodeTaints: ["ailz.io/pool=inference:NoSchedule"],
          enableNodePublicIP: false,
          mode: "User",
        },
      );
      const settings = mocks.one("azure-native:kubernetesconfiguration:Extension").inputs
        .configurationSettings;
      assert.deepStrictEqual(
        [settings["nodeSelector.ailz.io/pool"], settings.installNvidiaDevicePlugin],
        ["inference", "True"],
      );
    });

    it("opts out explicitly: NAT gateway, azure policy, no Defender sensor, no host encryption, run command, no protection", async () => {
      const recorder = new OptionsRecorder();
      new InferenceCluster(
        "open",
        clusterArgs({
          clusterName: "aks_open",
          outboundType: "userAssignedNATGateway",
          routeTableResourceId: undefined,
          natGatewayResourceId: aksIds.natGateway,
          networkPolicy: "azure",
          enableDefender: false,
          enableEncryptionAtHost: false,
          disableRunCommand: false,
          diskEncryptionKey: undefined,
          diskEncryptionSetResourceId: aksIds.diskEncryptionSet,
          skuTier: "Premium",
          adminGroupObjectIds: ["0b1c2d3e-0000-4000-8000-000000000001"],
          upgradeChannel: "none",
          nodeOSUpgradeChannel: "SecurityPatch",
          imageCleanerIntervalHours: 48,
          maintenanceWindow: {
            dayOfWeek: "Saturday",
            startTime: "22:30",
            durationHours: 6,
            utcOffset: "+01:00",
          },
          protect: false,
        }),
        { transformations: [recorder.transformation] },
      );
      await settle();
      const c = mocks.one(`${CS}:ManagedCluster`).inputs;
      assert.deepStrictEqual(
        [
          c.networkProfile.outboundType,
          c.networkProfile.networkPolicy,
          c.networkProfile.networkDataplane,
        ],
        ["userAssignedNATGateway", "azure", "azure"],
      );
      assert.deepStrictEqual(c.securityProfile.defender, {
        securityMonitoring: { enabled: false },
      });
      assert.strictEqual(c.securityProfile.imageCleaner.intervalHours, 48);
      assert.strictEqual(c.agentPoolProfiles[0].enableEncryptionAtHost, false);
      assert.strictEqual(mocks.one(`${CS}:AgentPool`).inputs.enableEncryptionAtHost, false);
      assert.strictEqual(c.apiServerAccessProfile.disableRunCommand, false);
      assert.strictEqual(c.apiServerAccessProfile.enablePrivateCluster, true);
      // A brought disk encryption set: none is created, and the control plane may read it.
      assert.strictEqual(c.diskEncryptionSetID, aksIds.diskEncryptionSet);
      assert.strictEqual(mocks.ofType("azure-native:compute:DiskEncryptionSet").length, 0);
      assert.deepStrictEqual(
        mocks
          .ofType("azure-native:authorization:RoleAssignment")
          .filter((r) => r.inputs.scope === aksIds.diskEncryptionSet)
          .map((r) => r.inputs.roleDefinitionId),
        [reader],
      );
      assert.deepStrictEqual(c.sku, { name: "Base", tier: "Premium" });
      assert.deepStrictEqual(c.aadProfile.adminGroupObjectIDs, [
        "0b1c2d3e-0000-4000-8000-000000000001",
      ]);
      assert.strictEqual(c.disableLocalAccounts, true);
      assert.deepStrictEqual(c.autoUpgradeProfile, {
        upgradeChannel: "none",
        nodeOSUpgradeChannel: "SecurityPatch",
      });
      assert.deepStrictEqual(
        mocks
          .ofType(`${CS}:MaintenanceConfiguration`)
          .map((m) => [m.inputs.configName, m.inputs.maintenanceWindow]),
        [
          [
            "aksManagedNodeOSUpgradeSchedule",
            {
              schedule: { weekly: { dayOfWeek: "Saturday", intervalWeeks: 1 } },
              durationHours: 6,
              startTime: "22:30",
              utcOffset: "+01:00",
            },
          ],
        ],
      );
      assert.deepStrictEqual([c.resourceName, c.dnsPrefix], ["aks_open", "aks-open"]);
      assert.strictEqual(recorder.protected(`${CS}:ManagedCluster`, "open-cluster"), false);
    });

    it("with a brought API-server zone, grants the control plane that zone and the VNet", async () => {
      const cluster = new InferenceCluster(
        "hubdns",
        clusterArgs({ privateDnsZone: aksIds.apiZone }),
      );
      await settle();
      const principal = await unwrap(cluster.identityPrincipalId);
      assert.strictEqual(
        mocks.one(`${CS}:ManagedCluster`).inputs.apiServerAccessProfile.privateDNSZone,
        aksIds.apiZone,
      );
      assert.deepStrictEqual(
        mocks
          .ofType("azure-native:authorization:RoleAssignment")
          .map((r) => [
            r.inputs.scope,
            r.inputs.roleDefinitionId.split("/").pop(),
            r.inputs.principalId,
          ]),
        [
          [aksIds.systemSubnet, "4d97b98b-1d4f-4787-a291-c67834d212e7", principal],
          [aksIds.inferenceSubnet, "4d97b98b-1d4f-4787-a291-c67834d212e7", principal],
          [aksIds.apiZone, "b12aa53e-6015-4669-85d0-8515ebb3ae7f", principal],
          [aksIds.vnet, "4d97b98b-1d4f-4787-a291-c67834d212e7", principal],
          [
            `${group}/providers/Microsoft.Compute/diskEncryptionSets/des-hubdns`,
            "acdd72a7-3385-48ef-bd42-f606fba81ae7",
            principal,
          ],
        ],
      );
    });

    it("sends an inline router certificate base64-encoded, as a secret protected setting", async () => {
      const cert = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
      const key = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";
      new InferenceCluster(
        "pem",
        clusterArgs({
          inferenceRouterTls: {
            cname: "scoring.contoso.internal",
            certificatePem: pulumi.secret(cert),
            keyPem: pulumi.secret(key),
          },
        }),
      );
      await settle();
      const ext = mocks.one("azure-native:kubernetesconfiguration:Extension").inputs;
      assert.strictEqual(ext.configurationSettings.sslCname, "scoring.contoso.internal");
      assert.strictEqual(ext.configurationSettings["scoringFe.sslSecret"], undefined);
      assert.strictEqual(ext.configurationSettings.allowInsecureConnections, "False");
      // The settings reach the engine as a secret, so they never show in state or logs in clear.
      assert.deepStrictEqual(ext.configurationProtectedSettings, {
        [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig,
        value: {
          "scoringFe.sslCert": Buffer.from(cert).toString("base64"),
          "scoringFe.sslKey": Buffer.from(key).toString("base64"),
        },
      });
    });

    it("opts out of router TLS and HA only when asked, keeping the load balancer internal", async () => {
      new InferenceCluster(
        "plain",
        clusterArgs({
          inferenceRouterTls: undefined,
          allowInsecureConnections: true,
          inferenceRouterHA: false,
          computeName: "k8s-plain",
          computeNamespace: "models",
        }),
      );
      await settle();
      const settings = mocks.one("azure-native:kubernetesconfiguration:Extension").inputs
        .configurationSettings;
      assert.deepStrictEqual(
        [
          settings.allowInsecureConnections,
          settings.inferenceRouterHA,
          settings.sslCname,
          settings.internalLoadBalancerProvider,
          settings["scoringFe.serviceType.internalLoadBalancer"],
        ],
        ["True", "False", undefined, "azure", "true"],
      );
      const compute = mocks.one("azure-native:machinelearningservices:Compute").inputs;
      assert.deepStrictEqual(
        [compute.computeName, compute.properties.properties.namespace],
        ["k8s-plain", "models"],
      );
      assert.strictEqual(mocks.one(`${CS}:ManagedNamespace`).inputs.managedNamespaceName, "models");
    });

    it('creates no namespace with the opt-out computeNamespace: "default"', async () => {
      new InferenceCluster("dflt", clusterArgs({ computeNamespace: "default" }));
      await settle();
      assert.strictEqual(mocks.ofType(`${CS}:ManagedNamespace`).length, 0);
      assert.strictEqual(
        mocks.one("azure-native:machinelearningservices:Compute").inputs.properties.properties
          .namespace,
        "default",
      );
    });

    it("leaves node disks to platform-managed keys only with platformManagedDiskKeys: true", async () => {
      new InferenceCluster(
        "pmk",
        clusterArgs({ diskEncryptionKey: undefined, platformManagedDiskKeys: true }),
      );
      await settle();
      assert.strictEqual(mocks.one(`${CS}:ManagedCluster`).inputs.diskEncryptionSetID, undefined);
      assert.strictEqual(mocks.ofType("azure-native:compute:DiskEncryptionSet").length, 0);
      assert.deepStrictEqual(
        mocks
          .ofType("azure-native:authorization:RoleAssignment")
          .map((r) => r.inputs.roleDefinitionId),
        [networkContributor, networkContributor],
      );
    });

    it("adds the caller's role assignments and lock on the cluster", async () => {
      new InferenceCluster(
        "ops",
        clusterArgs({
          lock: { kind: "CanNotDelete" },
          roleAssignments: [
            {
              roleDefinitionIdOrName: "Azure Kubernetes Service RBAC Cluster Admin",
              principalId: "0b1c2d3e-0000-4000-8000-000000000002",
              principalType: "Group",
            },
          ],
        }),
      );
      await settle();
      const opsCluster = `${group}/providers/Microsoft.ContainerService/managedClusters/aks-ops`;
      const admin = mocks
        .ofType("azure-native:authorization:RoleAssignment")
        .filter((r) => r.inputs.scope === opsCluster);
      assert.deepStrictEqual(
        admin.map((r) => [r.inputs.roleDefinitionId, r.inputs.principalId, r.inputs.principalType]),
        [
          [
            "/providers/Microsoft.Authorization/roleDefinitions/b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b",
            "0b1c2d3e-0000-4000-8000-000000000002",
            "Group",
          ],
        ],
      );
      const lock = mocks.one("azure-native:authorization:ManagementLockByScope").inputs;
      assert.deepStrictEqual(
        [lock.scope, lock.level, lock.lockName],
        [opsCluster, "CanNotDelete", "lock-aks-ops"],
      );
    });
  });
});
