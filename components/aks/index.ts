export * from "./args";
export * from "./inferenceCluster";
export { minimumKubernetesVersion, kubernetesVersionProblem } from "./kubernetesVersion";
export { amlExtensionType } from "./amlExtension";
