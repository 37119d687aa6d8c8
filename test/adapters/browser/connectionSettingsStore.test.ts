/**
 * The connection settings store: one set per partition key (document/user), nothing saved →
 * undefined, and unusable values (wrong types, non-https URLs, junk JSON) rejected by field name.
 */
import {
  CONNECTION_SETTINGS_KEY,
  StorageConnectionSettingsStore,
  type ConnectionSettings,
} from "../../../src/adapters/browser/connectionSettingsStore";
import { MapStorage } from "../../support/mapStorage";

const settings: ConnectionSettings = {
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  clientId: "11111111-2222-3333-4444-555555555555",
  tenantId: "66666666-7777-8888-9999-000000000000",
  siteUrl: "https://politiet.sharepoint.com/sites/anskaffelser",
  useSelectedScopes: true,
  intakeList: "Anskaffelsesbehov",
  kavList: "KAV",
  peopleList: "Ressurser",
};

describe("StorageConnectionSettingsStore", () => {
  it("returns undefined when nothing is saved", async () => {
    expect(await new StorageConnectionSettingsStore(new MapStorage(), "doc-A").load()).toBeUndefined();
  });

  it("saves per partition key and loads it back", async () => {
    const storage = new MapStorage();
    await new StorageConnectionSettingsStore(storage, "doc-A").save(settings);
    expect(await new StorageConnectionSettingsStore(storage, "doc-A").load()).toEqual(settings);
    expect(await new StorageConnectionSettingsStore(storage, "doc-B").load()).toBeUndefined();
    expect(await new StorageConnectionSettingsStore(storage, undefined).load()).toBeUndefined();
    expect([...storage.data.keys()]).toEqual([`doc-A.${CONNECTION_SETTINGS_KEY}`]);
  });

  it("keeps settings only: no token-like extra fields are written", async () => {
    const storage = new MapStorage();
    await new StorageConnectionSettingsStore(storage, undefined).save({
      ...settings,
      accessToken: "secret",
    } as ConnectionSettings);
    expect(storage.getItem(CONNECTION_SETTINGS_KEY)).not.toContain("secret");
  });

  it.each([
    [
      "http graphBaseUrl",
      { graphBaseUrl: "http://graph.microsoft.com/v1.0" },
      "The setting “graphBaseUrl” must be an https:// address",
    ],
    [
      "relative siteUrl",
      { siteUrl: "politiet.sharepoint.com/sites/x" },
      "The setting “siteUrl” must be an https:// address",
    ],
    ["numeric clientId", { clientId: 42 }, "The setting “clientId” must be text"],
    ["missing kavList", { kavList: undefined }, "The setting “kavList” must be text"],
    [
      "text useSelectedScopes",
      { useSelectedScopes: "yes" },
      "The setting “useSelectedScopes” must be yes or no",
    ],
  ])("rejects a %s on save and load, naming the field", async (_case, patch, message) => {
    const storage = new MapStorage();
    const store = new StorageConnectionSettingsStore(storage, "doc-A");
    const bad = { ...settings, ...patch } as unknown as ConnectionSettings;
    await expect(store.save(bad)).rejects.toThrow(message);
    expect(storage.data.size).toBe(0);
    storage.setItem(`doc-A.${CONNECTION_SETTINGS_KEY}`, JSON.stringify(bad));
    await expect(store.load()).rejects.toThrow(message);
  });

  it("names junk JSON and non-objects", async () => {
    const storage = new MapStorage();
    const store = new StorageConnectionSettingsStore(storage, undefined);
    storage.setItem(CONNECTION_SETTINGS_KEY, "{not json");
    await expect(store.load()).rejects.toMatchObject({ messageKey: "error.settings.unreadable" });
    storage.setItem(CONNECTION_SETTINGS_KEY, "[]");
    await expect(store.load()).rejects.toMatchObject({ messageKey: "error.settings.unreadable" });
  });
});
