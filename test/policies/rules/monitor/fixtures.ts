/** Compliant monitor resources for the monitor rule specs and anchor cases. */

/** A metric alert that resolves itself (`autoMitigate: true`), with `fields` laid over it. */
export const metricAlert = (fields: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg-ai",
  severity: 2,
  enabled: true,
  scopes: ["/subscriptions/s"],
  evaluationFrequency: "PT1M",
  windowSize: "PT5M",
  autoMitigate: true,
  criteria: {
    odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
    allOf: [],
  },
  ...fields,
});

/** A scheduled query rule evaluated at `evaluationFrequency`. */
export const queryRule = (evaluationFrequency: unknown) => ({
  resourceGroupName: "rg-ai",
  scopes: ["/subscriptions/s"],
  evaluationFrequency,
  windowSize: "PT15M",
  criteria: { allOf: [] },
});
