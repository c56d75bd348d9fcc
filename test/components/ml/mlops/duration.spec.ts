import * as assert from "assert";
import { durationSeconds } from "../../../../components/ml/mlops/duration";
import { computeNameProblem, defaultComputeName } from "../../../../components/ml/mlops/names";

describe("durationSeconds", () => {
  const cases: [string, number | undefined][] = [
    ["PT120S", 120],
    ["PT2M", 120],
    ["PT1H", 3600],
    ["PT1M30S", 90],
    ["P7D", 604800],
    ["P1DT12H", 129600],
    ["P0D", 0],
    ["P", undefined],
    ["PT", undefined],
    ["P1DT", undefined],
    ["120", undefined],
    ["P1Y", undefined],
    ["P1M", undefined],
    ["PT1.5S", undefined],
    ["pt120s", undefined],
  ];
  for (const [text, seconds] of cases) {
    it(`reads "${text}" as ${seconds}`, () => assert.strictEqual(durationSeconds(text), seconds));
  }
});

describe("compute names", () => {
  const defaults: [string, string][] = [
    ["train", "train"],
    ["gpu_cluster.a100", "gpu-cluster-a100"],
    ["1-training-cluster-for-fraud", "c1-training-clus"],
    ["x", "x-c"],
    ["training-cluster-", "training-cluster"],
  ];
  for (const [name, expected] of defaults) {
    it(`derives "${expected}" from "${name}", which is valid`, () => {
      assert.strictEqual(defaultComputeName(name), expected);
      assert.strictEqual(computeNameProblem(expected), undefined);
    });
  }
  for (const bad of ["a", "1abc", "abc_def", "a-very-long-cluster-name"]) {
    it(`rejects "${bad}"`, () =>
      assert.match(computeNameProblem(bad) ?? "", /is not a valid compute name/));
  }
});
