import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { AnalyzerClient, AnalyzerService } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import {
  decodeAnalyzeDiagnostics,
  encodeAnalyzeRequest,
  encodeAnalyzeStackRequest,
  ResourceFields,
} from "./wire";

/** The pack's answers can be large for big stacks; match the SDK server's 400 MB limit. */
const MAX_MESSAGE = 400 * 1024 * 1024;

/** Bytes the pack may send before the gate acknowledges them (HTTP/2 receive window). */
const FLOW_CONTROL_WINDOW = 64 * 1024 * 1024;

type Unary<Req, Res> = (
  req: Req,
  callback: (err: grpc.ServiceError | null, res: Res) => void,
) => unknown;

type Method = "getAnalyzerInfo" | "configure" | "configureStack";

/** grpc-js writes Buffers; a view over the encoded bytes avoids a copy. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A promise-based client for one pack's analyzer server. */
export class Analyzer {
  private readonly client: AnalyzerClient;

  constructor(address: string) {
    this.client = new AnalyzerClient(address, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": MAX_MESSAGE,
      "grpc.max_send_message_length": MAX_MESSAGE,
      // One local connection, no retries to buffer for and no channelz bookkeeping per call.
      "grpc.enable_retries": 0,
      "grpc.enable_channelz": 0,
      // With HTTP/2's default 64 KiB receive window, a pack answering dozens of concurrent
      // Analyze calls stalls until the gate acknowledges what it read; a window this size lets
      // it answer without waiting (about 0.5 s of 5 for 2,000 resources, see docs/gate.md).
      "grpc-node.flow_control_window": FLOW_CONTROL_WINDOW,
    });
  }

  getAnalyzerInfo(): Promise<analyzer.AnalyzerInfo> {
    return this.call("getAnalyzerInfo", new Empty());
  }

  configure(req: analyzer.ConfigureAnalyzerRequest): Promise<Empty> {
    return this.call("configure", req);
  }

  configureStack(
    req: analyzer.AnalyzerStackConfigureRequest,
  ): Promise<analyzer.AnalyzerStackConfigureResponse> {
    return this.call("configureStack", req);
  }

  /** The diagnostics of `Analyze` for one resource. */
  analyze(resource: ResourceFields): Promise<analyzer.AnalyzeDiagnostic[]> {
    return this.encodedCall("analyze", encodeAnalyzeRequest(resource), decodeAnalyzeDiagnostics);
  }

  remediate(resource: ResourceFields): Promise<analyzer.RemediateResponse> {
    return this.encodedCall("remediate", encodeAnalyzeRequest(resource), (bytes) =>
      analyzer.RemediateResponse.deserializeBinary(bytes),
    );
  }

  /** The diagnostics of `AnalyzeStack` over already encoded `AnalyzerResource` entries. */
  analyzeStack(resources: readonly Uint8Array[]): Promise<analyzer.AnalyzeDiagnostic[]> {
    return this.encodedCall(
      "analyzeStack",
      encodeAnalyzeStackRequest(resources),
      decodeAnalyzeDiagnostics,
    );
  }

  /** One unary call as a promise; the public methods above fix its request and response types. */
  private call<Req, Res>(method: Method, req: Req): Promise<Res> {
    const fn = this.client[method].bind(this.client) as unknown as Unary<Req, Res>;
    return new Promise((resolve, reject) => {
      fn(req, (err, res) => (err ? reject(err) : resolve(res)));
    });
  }

  /** A unary call whose request is already encoded (see `wire.ts`). */
  private encodedCall<Res>(
    method: "analyze" | "remediate" | "analyzeStack",
    bytes: Uint8Array,
    decode: (bytes: Buffer) => Res,
  ): Promise<Res> {
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        AnalyzerService[method].path,
        toBuffer,
        decode,
        bytes,
        (err, res) => (err ? reject(err) : resolve(res as Res)),
      );
    });
  }

  close(): void {
    this.client.close();
  }
}
