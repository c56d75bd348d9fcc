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

function call<Req, Res>(fn: Unary<Req, Res>, req: Req): Promise<Res> {
  return new Promise((resolve, reject) => {
    fn(req, (err, res) => (err ? reject(err) : resolve(res)));
  });
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
    });
  }

  getAnalyzerInfo(): Promise<analyzer.AnalyzerInfo> {
    return call(
      this.client.getAnalyzerInfo.bind(this.client) as Unary<Empty, analyzer.AnalyzerInfo>,
      new Empty(),
    );
  }

  configure(req: analyzer.ConfigureAnalyzerRequest): Promise<Empty> {
    return call(
      this.client.configure.bind(this.client) as Unary<analyzer.ConfigureAnalyzerRequest, Empty>,
      req,
    );
  }

  configureStack(
    req: analyzer.AnalyzerStackConfigureRequest,
  ): Promise<analyzer.AnalyzerStackConfigureResponse> {
    return call(
      this.client.configureStack.bind(this.client) as Unary<
        analyzer.AnalyzerStackConfigureRequest,
        analyzer.AnalyzerStackConfigureResponse
      >,
      req,
    );
  }

  analyze(req: analyzer.AnalyzeRequest): Promise<analyzer.AnalyzeResponse> {
    return call(
      this.client.analyze.bind(this.client) as Unary<
        analyzer.AnalyzeRequest,
        analyzer.AnalyzeResponse
      >,
      req,
    );
  }

  remediate(req: analyzer.AnalyzeRequest): Promise<analyzer.RemediateResponse> {
    return call(
      this.client.remediate.bind(this.client) as Unary<
        analyzer.AnalyzeRequest,
        analyzer.RemediateResponse
      >,
      req,
    );
  }

  analyzeStack(req: analyzer.AnalyzeStackRequest): Promise<analyzer.AnalyzeResponse> {
    return call(
      this.client.analyzeStack.bind(this.client) as Unary<
        analyzer.AnalyzeStackRequest,
        analyzer.AnalyzeResponse
      >,
      req,
    );
  }

  close(): void {
    this.client.close();
  }
}
