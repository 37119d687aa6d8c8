/**
 * The demo tenant on the Graph-compatible server: seeds SharePoint from a planning input and
 * starts the HTTPS server, so the product runs on real Graph traffic without a Microsoft tenant.
 * Used by `anskaffelsesplan serve-demo` and by `npm start`.
 */
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import type { PlanInput } from "../../domain/model/planInput";
import type { ServerCertificate } from "./certificate";
import { DEMO_SITE_URL, seedDemoSite, type SeededSite } from "./demoSeed";
import type { FaultSettings } from "./faults";
import { startGraphServer, type RunningGraphServer } from "./graphServer";
import { SharePointStore } from "./sharePointStore";

/** Options of the demo server. */
export interface DemoGraphServerOptions {
  readonly input: PlanInput;
  readonly port?: number;
  readonly certificate?: ServerCertificate;
  readonly faults?: FaultSettings;
  readonly tokens?: readonly string[];
  /** Token → the account GET /me names (the demo token is koordinator@politiet.no). */
  readonly tokenUsers?: Readonly<Record<string, string>>;
  readonly criteriaIds?: readonly string[];
}

/** A running demo server and what it serves. */
export interface RunningDemoGraphServer {
  readonly server: RunningGraphServer;
  readonly seeded: SeededSite;
  readonly siteUrl: string;
}

/** Seeds the demo site and starts the server. */
export async function startDemoGraphServer(options: DemoGraphServerOptions): Promise<RunningDemoGraphServer> {
  const store = new SharePointStore();
  const seeded = seedDemoSite(store, options.input, options.criteriaIds ?? DEFAULT_CRITERIA.map((c) => c.id));
  const server = await startGraphServer({
    store,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.certificate ? { certificate: options.certificate } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.tokens ? { tokens: options.tokens } : {}),
    ...(options.tokenUsers ? { tokenUsers: options.tokenUsers } : {}),
  });
  return { server, seeded, siteUrl: DEMO_SITE_URL };
}
