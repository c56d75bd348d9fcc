import * as pulumi from "@pulumi/pulumi";
import { installMocks, RecorderMocks } from "../../helpers/mocks";

/** The suffix the simulated RandomString resolves to. */
export const RANDOM_SUFFIX = "k3x9q2";

/**
 * Recorder mocks that pin `random:RandomString` results to one readable suffix, so specs can
 * spell out workspace names. In preview mode the result stays unknown.
 */
class MlRecorderMocks extends RecorderMocks {
  newResource(args: pulumi.runtime.MockResourceArgs) {
    const answer = super.newResource(args);
    if (!this.preview && args.type === "random:index/randomString:RandomString") {
      return { ...answer, state: { ...answer.state, result: RANDOM_SUFFIX } };
    }
    return answer;
  }
}

export async function useMlMocks(preview = false): Promise<RecorderMocks> {
  const mocks = new MlRecorderMocks(preview);
  await installMocks(mocks);
  return mocks;
}

/** The paths inside a recorded input that are unknown (preview), e.g. `["outboundRules.a"]`. */
export function unknownPaths(value: unknown, path = ""): string[] {
  if (value === null || typeof value !== "object") return [];
  if ((value as { __pulumiUnknown?: boolean }).__pulumiUnknown === true) return [path || "."];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    unknownPaths(v, path ? `${path}.${k}` : k),
  );
}
