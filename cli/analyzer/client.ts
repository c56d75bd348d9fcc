import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";

/** The pack's answers can be large for big stacks; match the SDK server's 400 MB limit. */
const MAX_MESSAGE = 400 * 1024 * 1024;

type Unary<Req, Res> = (
  req: Req,
  callback: (err: grpc.ServiceError | null, res: Res) => void,
) => unknown;

type Method =
  "getAnalyzerInfo" | "configure" | "configureStack" | "analyze" | "remediate" | "analyzeStack";

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

  analyze(req: analyzer.AnalyzeRequest): Promise<analyzer.AnalyzeResponse> {
    return this.call("analyze", req);
  }

  remediate(req: analyzer.AnalyzeRequest): Promise<analyzer.RemediateResponse> {
    return this.call("remediate", req);
  }

  analyzeStack(req: analyzer.AnalyzeStackRequest): Promise<analyzer.AnalyzeResponse> {
    return this.call("analyzeStack", req);
  }

  /** One unary call as a promise; the public methods above fix its request and response types. */
  private call<Req, Res>(method: Method, req: Req): Promise<Res> {
    const fn = this.client[method].bind(this.client) as unknown as Unary<Req, Res>;
    return new Promise((resolve, reject) => {
      fn(req, (err, res) => (err ? reject(err) : resolve(res)));
    });
  }

  close(): void {
    this.client.close();
  }
}
