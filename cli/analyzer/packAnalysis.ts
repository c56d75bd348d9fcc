import type { Project } from "../project";
import type { CapturedResource } from "../simulator/capture";
import { PackResult, PackSession } from "./evaluate";
import { launchPack, PackProcess } from "./launch";

/**
 * The policy packs of one run. They are launched at once, configured as soon as they have
 * started, and analyze each resource as it registers, on the other core, while the program goes
 * on, as the engine does. Resources registered before a pack is ready wait for it.
 */
export class PackAnalysis {
  private readonly stopPacks = new AbortController();
  private readonly launched: Promise<Array<PromiseSettledResult<PackProcess>>>;
  private readonly opened: Promise<PackSession[]>;
  private sessions: PackSession[] | undefined;
  private readonly early: CapturedResource[] = [];

  /**
   * `packs` are pack folders to launch (stopped again by `stop()`), or packs already running,
   * which a caller shares between runs (they stay up).
   */
  constructor(
    packs: string[] | PackProcess[],
    env: Record<string, string>,
    debug: boolean,
    configFiles: string[],
    project: Project,
    preview: boolean,
  ) {
    this.launched = Promise.allSettled(
      packs.map((pack) =>
        typeof pack === "string"
          ? launchPack(pack, env, debug, this.stopPacks.signal)
          : Promise.resolve(pack),
      ),
    );
    this.opened = this.launched.then(async (outcomes) => {
      const packs = outcomes.map((o) => {
        if (o.status === "rejected") throw o.reason;
        return o.value;
      });
      const open = await Promise.allSettled(
        packs.map((pack, i) => PackSession.open(pack, project, preview, configFiles[i])),
      );
      const ready = open.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
      const refused = open.find((o): o is PromiseRejectedResult => o.status === "rejected");
      if (refused) {
        for (const s of ready) s.close();
        throw refused.reason;
      }
      this.sessions = ready;
      for (const r of this.early.splice(0)) for (const s of ready) s.add(r);
      return ready;
    });
    // A pack that fails is reported when the analysis is awaited: a failing program comes first.
    this.opened.catch(() => undefined);
  }

  /** Hands a newly registered resource to every pack (or keeps it until they are ready). */
  readonly add = (r: CapturedResource): void => {
    if (this.sessions) for (const s of this.sessions) s.add(r);
    else this.early.push(r);
  };

  /** Every pack's result once the program is done and `resources` is the whole stack. */
  async finish(resources: CapturedResource[]): Promise<PackResult[]> {
    const ready = await this.opened;
    return Promise.all(ready.map((s) => s.finish(resources)));
  }

  /** Stops every pack this run launched, started or still starting, and closes the connections. */
  async stop(): Promise<void> {
    this.stopPacks.abort();
    await this.launched;
    await this.opened.then((ready) => ready.forEach((s) => s.close())).catch(() => undefined);
  }
}
