/**
 * A local stand-in for the two gRPC services the Pulumi engine offers a provider during
 * `Construct`: the resource monitor, which records every `RegisterResource` and answers the
 * `getClientConfig` invoke with the simulator's tenant, and the engine service (logging). Every
 * monitor feature is reported unsupported, so registered inputs arrive as plain values.
 */
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { EngineService } from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as engine from "@pulumi/pulumi/proto/engine_pb";
import { ResourceMonitorService } from "@pulumi/pulumi/proto/resource_grpc_pb";
import * as resource from "@pulumi/pulumi/proto/resource_pb";
import {
  FAKE_CLIENT_OBJECT_ID,
  FAKE_SUBSCRIPTION_ID,
  FAKE_TENANT_ID,
} from "../../cli/simulator/constants";

export const PROJECT = "provider-spec";
export const STACK = "dev";

/** One `RegisterResource` call as the monitor received it. */
export interface Registration {
  type: string;
  name: string;
  custom: boolean;
  parent: string;
  inputs: Record<string, any>;
}

export interface FakeEngine {
  address: string;
  registrations: Registration[];
  /** Messages the provider logged at error severity. */
  errors: string[];
  stop(): Promise<void>;
}

type Handler<Req, Res> = (
  call: grpc.ServerUnaryCall<Req, Res>,
  callback: grpc.sendUnaryData<Res>,
) => void;

function unary<Req, Res>(answer: (req: Req) => Res): Handler<Req, Res> {
  return (call, callback) => {
    try {
      callback(null, answer(call.request));
    } catch (e) {
      callback({ code: grpc.status.UNKNOWN, details: (e as Error).message }, null);
    }
  };
}

export async function startFakeEngine(): Promise<FakeEngine> {
  const registrations: Registration[] = [];
  const errors: string[] = [];
  const server = new grpc.Server();
  server.addService(ResourceMonitorService, {
    supportsFeature: unary(() => new resource.SupportsFeatureResponse().setHassupport(false)),
    registerResource: unary((req: resource.RegisterResourceRequest) => {
      const inputs = (req.getObject()?.toJavaScript() ?? {}) as Record<string, any>;
      registrations.push({
        type: req.getType(),
        name: req.getName(),
        custom: req.getCustom(),
        parent: req.getParent(),
        inputs,
      });
      const res = new resource.RegisterResourceResponse().setUrn(
        `urn:pulumi:${STACK}::${PROJECT}::${req.getType()}::${req.getName()}`,
      );
      // Custom resources come back with an ID and their inputs as outputs, as after a create.
      if (req.getCustom())
        res.setId(`${req.getName()}-id`).setObject(Struct.fromJavaScript(inputs));
      return res;
    }),
    registerResourceOutputs: unary(() => new Empty()),
    invoke: unary((req: resource.ResourceInvokeRequest) => {
      if (req.getTok() !== "azure-native:authorization:getClientConfig") {
        throw new Error(`unexpected invoke ${req.getTok()}`);
      }
      return new resource.ResourceInvokeResponse().setReturn(
        Struct.fromJavaScript({
          tenantId: FAKE_TENANT_ID,
          subscriptionId: FAKE_SUBSCRIPTION_ID,
          objectId: FAKE_CLIENT_OBJECT_ID,
          clientId: FAKE_CLIENT_OBJECT_ID,
        }),
      );
    }),
  });
  server.addService(EngineService, {
    log: unary((req: engine.LogRequest) => {
      if (req.getSeverity() === engine.LogSeverity.ERROR) errors.push(req.getMessage());
      return new Empty();
    }),
    getRootResource: unary(() => new engine.GetRootResourceResponse().setUrn("")),
    setRootResource: unary(() => new engine.SetRootResourceResponse()),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  return {
    address: `127.0.0.1:${port}`,
    registrations,
    errors,
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}
