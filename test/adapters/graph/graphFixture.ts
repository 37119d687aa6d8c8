/**
 * Test fixture: a demo server with a typed intake list (choices, currency, date-only, yes/no,
 * person and lookup columns), a KAV list and site users; plus a client connected to it over HTTPS.
 */
import { DEFAULT_CRITERIA } from "../../../src/domain/prioritisation/defaultCriteria";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import {
  SharePointStore,
  eTagOf,
  type StoredList,
  type StoredSite,
} from "../../../src/adapters/graphServer/sharePointStore";
import {
  startGraphServer,
  DEMO_TOKEN,
  type GraphServerOptions,
  type RunningGraphServer,
} from "../../../src/adapters/graphServer/graphServer";
import {
  intakeListDefinition,
  kavListDefinition,
  defaultFieldMapping,
  type FieldMapping,
} from "../../../src/application/sharepoint/listSchemas";
import { instantOfLocalMidnight } from "../../../src/application/sharepoint/zonedDates";
import { createGraphClient } from "../../../src/adapters/graph/graphClientFactory";
import { createNodeHttpsFetch } from "../../../src/adapters/graph/nodeHttpsFetch";
import { GraphListGateway } from "../../../src/adapters/graph/graphListGateway";
import type { ListSyncState, SyncStateStore } from "../../../src/application/sharepoint/syncState";
import type { RetryPolicy } from "../../../src/adapters/graph/retryHandler";

export const SITE_URL = "https://politiet.sharepoint.com/sites/anskaffelser";
export const CRITERIA_IDS = DEFAULT_CRITERIA.map((c) => c.id);
export const MAPPING: FieldMapping = defaultFieldMapping(CRITERIA_IDS);

/** The demo tenant of a test. */
export interface Tenant {
  readonly store: SharePointStore;
  readonly site: StoredSite;
  readonly intake: StoredList;
  readonly kav: StoredList;
  readonly users: StoredList;
}

const UNITS = ["oslo", "vest", "kripos", "agder"];
const AREAS = ["Materiell", "Eiendom", "IKT", "Anskaffelser"];

/** Fields of intake item number n (typed as SharePoint stores them). */
export function intakeFields(n: number, tenant: Pick<Tenant, "store">): Record<string, unknown> {
  const day = 1 + (n % 28);
  return {
    Title: `Behov ${n}`,
    NeedId: `B-${String(n).padStart(5, "0")}`,
    Description: `Beskrivelse av behov ${n}`,
    Unit: UNITS[n % UNITS.length],
    Area: AREAS[n % AREAS.length],
    Category: "ikt",
    DeliveryTrack: "basis",
    ContractType: "services",
    InsightSource: "submission",
    EstimatedValue: 100_000 + n * 1_000,
    NeededBy: instantOfLocalMidnight(
      `2027-${String(1 + (n % 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      tenant.store.timeZone,
    ),
    SecurityGraded: n % 10 === 0,
    FundingStatus: "funded",
    Complexity: "medium",
    Status: "submitted",
    ContactLookupId: String(1 + (n % 3)),
    ...(n % 5 === 0 ? { ExistingContractLookupId: String(1 + (n % 4)) } : {}),
    ScoreReach: 1 + (n % 5),
  };
}

/** A store with the site, users, KAV list (4 contracts) and `count` intake items. */
export function buildTenant(count: number): Tenant {
  const store = new SharePointStore("Europe/Oslo", () => new Date("2026-11-01T08:00:00Z"));
  const config = defaultPlanConfig(2027);
  const site = store.addSite("politiet.sharepoint.com", "sites/anskaffelser", "Anskaffelser");
  const users = store.findList(site, "User Information List") as StoredList;
  for (const email of ["kari.nordmann@politiet.no", "ola.hansen@politiet.no", "ane.berg@politiet.no"]) {
    store.addItem(users, { Title: email.split("@")[0], EMail: email });
  }
  const kav = store.createList(site, kavListDefinition(config));
  for (let k = 1; k <= 4; k += 1) store.addItem(kav, { Title: `Avtale ${k}`, KavId: `KAV-${1000 + k}` });
  const intake = store.createList(site, intakeListDefinition(config, CRITERIA_IDS, kav.id));
  for (let n = 1; n <= count; n += 1) {
    const added = store.addItem(intake, intakeFields(n, { store }));
    if (typeof added === "string") throw new Error(added);
  }
  return { store, site, intake, kav, users };
}

/** A state store in memory. */
export class MemoryStateStore implements SyncStateStore {
  state: ListSyncState | undefined;
  async load(): Promise<ListSyncState | undefined> {
    return this.state;
  }
  async save(state: ListSyncState): Promise<void> {
    this.state = JSON.parse(JSON.stringify(state)) as ListSyncState;
  }
}

/** A running server plus a gateway talking to it over HTTPS. */
export interface Connected {
  readonly server: RunningGraphServer;
  readonly gateway: GraphListGateway;
  close(): Promise<void>;
}

/** Fast retries for tests: many attempts, millisecond back-off. */
export const TEST_RETRY: Partial<RetryPolicy> = { maxRetries: 12, baseDelayMs: 2, maxDelayMs: 200 };

/** Starts a server over the store and connects a gateway. */
export async function connect(
  store: SharePointStore,
  options: Omit<GraphServerOptions, "store"> = {},
  retry = TEST_RETRY,
  timeoutMs = 5_000,
): Promise<Connected> {
  const server = await startGraphServer({ store, ...options });
  const gateway = gatewayFor(server, retry, timeoutMs);
  return {
    server,
    gateway: gateway.gateway,
    close: async () => {
      gateway.close();
      await server.close();
    },
  };
}

/** Another client (e.g. a second user) on the same server. */
export function gatewayFor(
  server: RunningGraphServer,
  retry = TEST_RETRY,
  timeoutMs = 5_000,
): { gateway: GraphListGateway; close(): void } {
  const fetch = createNodeHttpsFetch({ ca: server.certificate.cert, timeoutMs });
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    getToken: async () => DEMO_TOKEN,
    fetch,
    retry,
  });
  return { gateway: new GraphListGateway(client), close: () => fetch.close() };
}

/** The server's items of a list, as the state keeps them (without system columns Created/Modified). */
export function serverItems(
  list: StoredList,
  keys: readonly string[],
): Record<string, { eTag: string; fields: Record<string, unknown> }> {
  const out: Record<string, { eTag: string; fields: Record<string, unknown> }> = {};
  for (const item of list.items.values()) {
    const fields: Record<string, unknown> = {};
    for (const k of keys)
      if (item.fields[k] !== undefined && item.fields[k] !== null) fields[k] = item.fields[k];
    out[item.id] = { eTag: eTagOf(list, item), fields };
  }
  return out;
}
