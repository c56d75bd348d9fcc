import * as assert from "assert";
import { T } from "../../../../policies/lib";
import { hubConnectionInternetSecurity as rule } from "../../../../policies/rules/network/hubConnectionInternetSecurity";
import { messages, runResourcePolicy, UNKNOWN } from "../../../helpers/policyArgs";

/** The connection as VirtualHubConnection writes it. */
const connection = (extra: Record<string, unknown> = {}) => ({
  resourceGroupName: "rg-hub",
  virtualHubName: "vhub-weu",
  connectionName: "conn-lz",
  remoteVirtualNetwork: { id: UNKNOWN },
  enableInternetSecurity: true,
  ...extra,
});

describe("hub-connection-internet-security", () => {
  it("passes a connection with internet security", () => {
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.hubVirtualNetworkConnection, connection())),
      [],
    );
  });

  it("reports internet security off or unset, as advisory", () => {
    const off = runResourcePolicy(
      rule,
      T.hubVirtualNetworkConnection,
      connection({ enableInternetSecurity: false }),
    );
    assert.deepStrictEqual(messages(off), ["enableInternetSecurity is false; set it to true."]);
    assert.strictEqual(off.violations[0].enforcementLevel, "advisory");
    const unset = connection();
    delete (unset as Record<string, unknown>).enableInternetSecurity;
    assert.deepStrictEqual(
      messages(runResourcePolicy(rule, T.hubVirtualNetworkConnection, unset)),
      ["enableInternetSecurity is not set; set it to true."],
    );
  });

  it("is skipped at preview when the setting is unknown", () => {
    assert.match(
      runResourcePolicy(
        rule,
        T.hubVirtualNetworkConnection,
        connection({ enableInternetSecurity: UNKNOWN }),
      ).unknown ?? "",
      /enableInternetSecurity/,
    );
  });
});
