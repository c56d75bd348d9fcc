import * as assert from "assert";
import {
  maxSurgeProblem,
  nodeSubnetProblem,
  peakNodes,
  podCidrNodeCapacity,
  surgeNodes,
} from "../../../components/aks/capacity";
import {
  kubernetesVersionProblem,
  minimumKubernetesVersion,
  parseKubernetesVersion,
} from "../../../components/aks/kubernetesVersion";
import { parseCidr } from "../../../components/common/cidr";

describe("InferenceCluster address planning", () => {
  it("counts surge nodes from a percentage (rounded up) or a count", () => {
    assert.deepStrictEqual(
      [surgeNodes(6, "33%"), surgeNodes(5, "33%"), surgeNodes(10, "100%"), surgeNodes(4, "2")],
      [2, 2, 10, 2],
    );
    assert.strictEqual(peakNodes(9, "33%"), 12);
  });

  it("accepts surges AKS accepts and names the rest", () => {
    assert.deepStrictEqual(["1", "33%", "100%"].map(maxSurgeProblem), [
      undefined,
      undefined,
      undefined,
    ]);
    for (const bad of ["0", "0%", "101%", "-1", "a"]) {
      assert.match(maxSurgeProblem(bad) ?? "", /is not a surge/);
    }
  });

  it("gives each node a /24 of the pod CIDR", () => {
    assert.deepStrictEqual(
      ["10.244.0.0/16", "10.244.0.0/22", "10.244.0.0/24", "10.244.0.0/25"].map((c) =>
        podCidrNodeCapacity(parseCidr(c)!),
      ),
      [256, 4, 1, 0],
    );
  });

  it("fits nodes and reserved addresses into a subnet's usable addresses, at the boundary", () => {
    // A /28 has 16 addresses, 5 reserved by Azure: 11 usable.
    assert.strictEqual(nodeSubnetProblem("10.0.0.0/28", 9, 2), undefined);
    assert.strictEqual(
      nodeSubnetProblem("10.0.0.0/28", 10, 2),
      "10.0.0.0/28 has 11 usable addresses but needs 12 (10 nodes at maxCount plus upgrade surge, 2 for internal load balancers); use a larger subnet or lower maxCount",
    );
  });
});

describe("InferenceCluster Kubernetes versions", () => {
  it("parses minor and patch versions", () => {
    assert.deepStrictEqual(["1.33", "1.34.2", "v1.34", "1"].map(parseKubernetesVersion), [
      [1, 33],
      [1, 34],
      undefined,
      undefined,
    ]);
  });

  it("accepts the minimum and newer, rejects older", () => {
    assert.strictEqual(minimumKubernetesVersion, "1.33");
    assert.deepStrictEqual(["1.33", "1.33.0", "1.40", "2.0"].map(kubernetesVersionProblem), [
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    assert.match(kubernetesVersionProblem("1.32.9") ?? "", /below the supported minimum 1\.33/);
    assert.match(kubernetesVersionProblem("0.99") ?? "", /below the supported minimum/);
  });
});
