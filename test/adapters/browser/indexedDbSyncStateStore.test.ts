/**
 * The IndexedDB sync state store (over fake-indexeddb): a realistic 2 000-item state round-trips,
 * partition keys keep documents/users apart, a state of another version is refused by name, and
 * clear() forgets the state.
 */
import "fake-indexeddb/auto";
import {
  createIndexedDbSyncStateStore,
  syncStateKey,
} from "../../../src/adapters/browser/indexedDbSyncStateStore";
import { defaultFieldMapping } from "../../../src/application/sharepoint/listSchemas";
import type { ListSyncState, SyncedItem } from "../../../src/application/sharepoint/syncState";

const key = syncStateKey(
  "https://graph.microsoft.com/v1.0/",
  "https://politiet.sharepoint.com/sites/Anskaffelser//",
  "Anskaffelsesbehov",
);

/** A state shaped like a real intake list sync: about 1 kB of fields per item. */
function realisticState(count: number): ListSyncState {
  const items: Record<string, SyncedItem> = {};
  for (let i = 1; i <= count; i++) {
    items[String(i)] = {
      eTag: `"5f0c${i.toString(16).padStart(4, "0")}-aa11-4b2c-9d3e-0123456789ab,${(i % 7) + 1}"`,
      fields: {
        id: String(i),
        Title: `Behov ${i}: rammeavtale for tjenestebiler, region ${(i % 12) + 1}`,
        Beskrivelse: "Anskaffelse av kjøretøy og tilhørende vedlikehold. ".repeat(8),
        EstimertVerdi: 250_000 + i * 1_337,
        Behovsdato: `2027-${String((i % 12) + 1).padStart(2, "0")}-15`,
        Kategori: ["Kjøretøy", "IKT", "Bygg", "Tjenester"][i % 4],
        Sikkerhetsgradert: i % 50 === 0,
        Status: i % 3 === 0 ? "Planlagt" : "Ny",
        Rangering: i,
        KAVLookupId: String((i % 40) + 1),
        Modified: "2026-11-20T08:15:00Z",
        Kriterier: { reach: (i % 5) + 1, risk: (i % 3) + 1 },
      },
    };
  }
  return {
    version: 1,
    graphBaseUrl: "https://graph.microsoft.com/v1.0",
    siteUrl: "https://politiet.sharepoint.com/sites/anskaffelser",
    siteId:
      "politiet.sharepoint.com,11111111-2222-3333-4444-555555555555,66666666-7777-8888-9999-000000000000",
    listName: "Anskaffelsesbehov",
    listId: "0a1b2c3d-4e5f-6789-abcd-ef0123456789",
    timeZone: "W. Europe Standard Time",
    columns: [
      { name: "Title", displayName: "Tittel", kind: "text", required: true },
      { name: "EstimertVerdi", displayName: "Estimert verdi", kind: "number" },
      { name: "Kategori", displayName: "Kategori", kind: "choice", choices: ["Kjøretøy", "IKT", "Bygg"] },
      { name: "Modified", displayName: "Endret", kind: "dateTime", readOnly: true },
    ],
    mapping: defaultFieldMapping(["reach", "risk"]),
    deltaLink: "https://graph.microsoft.com/v1.0/sites/x/lists/y/items/delta?token=abc",
    lookups: { KAV: { "1": "Rammeavtale kjøretøy", "2": "Rammeavtale IKT" } },
    items,
    syncedAt: "2026-11-29T09:00:00.000Z",
  };
}

describe("syncStateKey", () => {
  it("lower-cases and drops trailing slashes", () => {
    expect(key).toBe(
      "https://graph.microsoft.com/v1.0|https://politiet.sharepoint.com/sites/anskaffelser|anskaffelsesbehov",
    );
  });
});

describe("createIndexedDbSyncStateStore", () => {
  it("returns undefined when nothing is saved", async () => {
    expect(await createIndexedDbSyncStateStore(key, { dbName: "empty" }).load()).toBeUndefined();
  });

  it("round-trips a realistic 2 000-item state", async () => {
    const state = realisticState(2000);
    expect(JSON.stringify(state).length).toBeGreaterThan(1_000_000);
    await createIndexedDbSyncStateStore(key, { partitionKey: "doc-A", dbName: "roundtrip" }).save(state);
    const loaded = await createIndexedDbSyncStateStore(key, {
      partitionKey: "doc-A",
      dbName: "roundtrip",
    }).load();
    expect(loaded).toEqual(state);
    expect(Object.keys(loaded?.items ?? {})).toHaveLength(2000);
  });

  it("keeps partition keys apart", async () => {
    const a = createIndexedDbSyncStateStore(key, { partitionKey: "doc-A", dbName: "partitions" });
    const b = createIndexedDbSyncStateStore(key, { partitionKey: "doc-B", dbName: "partitions" });
    const none = createIndexedDbSyncStateStore(key, { dbName: "partitions" });
    const stateA = realisticState(3);
    await a.save(stateA);
    expect(await b.load()).toBeUndefined();
    expect(await none.load()).toBeUndefined();
    const stateB = { ...realisticState(5), syncedAt: "2026-11-29T10:00:00.000Z" };
    await b.save(stateB);
    expect(await a.load()).toEqual(stateA);
    expect(await b.load()).toEqual(stateB);
  });

  it("refuses a saved state of another version and names the key", async () => {
    const store = createIndexedDbSyncStateStore(key, { partitionKey: "doc-A", dbName: "versions" });
    const refused = { messageKey: "error.syncState.version", messageParams: { list: key } };
    await store.save({ ...realisticState(1), version: 2 } as unknown as ListSyncState);
    await expect(store.load()).rejects.toMatchObject(refused);
    await store.save("junk" as unknown as ListSyncState);
    await expect(store.load()).rejects.toMatchObject(refused);
  });

  it("clear() forgets only its own state", async () => {
    const a = createIndexedDbSyncStateStore(key, { partitionKey: "doc-A", dbName: "clear" });
    const b = createIndexedDbSyncStateStore(key, { partitionKey: "doc-B", dbName: "clear" });
    await a.save(realisticState(2));
    await b.save(realisticState(2));
    await a.clear();
    expect(await a.load()).toBeUndefined();
    expect(await b.load()).toEqual(realisticState(2));
    await a.clear();
    expect(await a.load()).toBeUndefined();
  });
});
