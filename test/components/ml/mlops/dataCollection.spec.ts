import * as assert from "assert";
import * as machinelearningservices from "@pulumi/azure-native/machinelearningservices";
import { InputValidator } from "../../../../components/common";
import {
  DataCollectionArgs,
  renderDataCollector,
  validateDataCollection,
} from "../../../../components/ml/mlops/dataCollection";
import { assertInputErrors } from "../../../helpers/inputErrors";
import { rg } from "../../../helpers/fixtures";
import { settle, useMocks } from "../../../helpers/mocks";

/** Validates like a slot component would, under `blue.dataCollection`. */
function validate(args: DataCollectionArgs | undefined): void {
  const v = new InputValidator("ailz:ml:BlueGreenDeployment", "bg");
  validateDataCollection(v, "blue.dataCollection", args);
  v.throwIfInvalid();
}

const enabled = { dataCollectionMode: "Enabled", samplingRate: 1 };

describe("renderDataCollector", () => {
  it("collects model inputs and outputs of every request, no headers, no raw payloads, hourly folders", () => {
    assert.deepStrictEqual(renderDataCollector(), {
      collections: { model_inputs: enabled, model_outputs: enabled },
      requestLogging: { captureHeaders: [] },
      rollingRate: "Hour",
    });
  });

  it("keeps only the headers listed, samples, and records raw payloads only when asked", () => {
    const sampled = { dataCollectionMode: "Enabled", samplingRate: 0.25, clientId: "cid" };
    assert.deepStrictEqual(
      renderDataCollector({
        samplingRate: 0.25,
        rollingRate: "Day",
        captureHeaders: ["x-request-id", "x-tenant"],
        collectRawPayloads: true,
        clientId: "cid",
      }),
      {
        collections: {
          model_inputs: sampled,
          model_outputs: sampled,
          request: sampled,
          response: sampled,
        },
        requestLogging: { captureHeaders: ["x-request-id", "x-tenant"] },
        rollingRate: "Day",
      },
    );
  });

  it("renders an explicit opt-out as Disabled collections, not as a missing collector", () => {
    const off = { dataCollectionMode: "Disabled", samplingRate: 1 };
    assert.deepStrictEqual(renderDataCollector({ enabled: false }), {
      collections: { model_inputs: off, model_outputs: off },
      requestLogging: { captureHeaders: [] },
      rollingRate: "Hour",
    });
  });

  it("does not share the caller's header array", () => {
    const headers = ["x-request-id"];
    const rendered = renderDataCollector({ captureHeaders: headers });
    headers.push("x-late");
    assert.deepStrictEqual(rendered.requestLogging, { captureHeaders: ["x-request-id"] });
  });
});

describe("validateDataCollection", () => {
  it("accepts no arguments and a full valid set", () => {
    validate(undefined);
    validate({});
    validate({ samplingRate: 1, rollingRate: "Minute", captureHeaders: ["x-correlation-id"] });
    validate({ enabled: false, samplingRate: 0.5 });
  });

  it("rejects a sampling rate outside (0, 1], an unknown rolling rate and bad headers", () =>
    assertInputErrors(
      () =>
        validate({
          samplingRate: 0,
          rollingRate: "Week" as never,
          captureHeaders: ["Authorization", "x-id", "X-ID", "bad header", "api-key"],
        }),
      [
        {
          propertyPath: "blue.dataCollection.samplingRate",
          reason: "0 is out of range: use a fraction above 0 and at most 1",
        },
        {
          propertyPath: "blue.dataCollection.rollingRate",
          reason: '"Week" is not a rolling rate: use Minute, Hour, Day, Month, Year',
        },
        {
          propertyPath: "blue.dataCollection.captureHeaders[0]",
          reason: '"Authorization" carries credentials and is never collected',
        },
        { propertyPath: "blue.dataCollection.captureHeaders[2]", reason: '"X-ID" is listed twice' },
        {
          propertyPath: "blue.dataCollection.captureHeaders[3]",
          reason: '"bad header" is not an HTTP header name',
        },
        {
          propertyPath: "blue.dataCollection.captureHeaders[4]",
          reason: '"api-key" carries credentials',
        },
      ],
    ));

  it("rejects a sampling rate above 1 and NaN", () => {
    for (const samplingRate of [1.5, NaN]) {
      assertInputErrors(
        () => validate({ samplingRate }),
        [{ propertyPath: "blue.dataCollection.samplingRate", reason: "is out of range" }],
      );
    }
  });

  it("rejects privacy settings that conflict with collection turned off", () =>
    assertInputErrors(
      () => validate({ enabled: false, captureHeaders: ["x-id"], collectRawPayloads: false }),
      [
        {
          propertyPath: "blue.dataCollection.enabled",
          reason: "captureHeaders and collectRawPayloads would have no effect",
        },
      ],
    ));

  describe("on an OnlineDeployment during preview", () => {
    it("reaches the provider as a fully known value", async () => {
      const mocks = await useMocks(true);
      const dataCollector = renderDataCollector({ captureHeaders: ["x-request-id"] });
      new machinelearningservices.OnlineDeployment("slot", {
        resourceGroupName: rg,
        workspaceName: "mlw-ailz",
        endpointName: "ep",
        deploymentName: "blue",
        properties: {
          endpointComputeType: "Managed",
          instanceType: "Standard_DS3_v2",
          dataCollector,
        },
      });
      await settle();
      const recorded = mocks.one("azure-native:machinelearningservices:OnlineDeployment");
      assert.deepStrictEqual(recorded.inputs.properties.dataCollector, {
        collections: { model_inputs: enabled, model_outputs: enabled },
        requestLogging: { captureHeaders: ["x-request-id"] },
        rollingRate: "Hour",
      });
    });
  });
});
