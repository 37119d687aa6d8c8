/** The mapping store keeps one mapping per partition (workbook/user) and site+list, and rejects junk. */
import { StorageMappingStore } from "../../../src/adapters/browser/storageMappingStore";
import { defaultFieldMapping } from "../../../src/application/sharepoint/listSchemas";
import { mappingKey } from "../../../src/application/sharepoint/setupLists";
import { MapStorage } from "../../support/mapStorage";

describe("StorageMappingStore", () => {
  const key = mappingKey("https://politiet.sharepoint.com/sites/anskaffelser/", "Anskaffelsesbehov");

  it("saves per partition key and loads it back", async () => {
    const storage = new MapStorage();
    const mapping = defaultFieldMapping(["reach"]);
    await new StorageMappingStore(storage, "doc-A").save(key, mapping);
    expect(await new StorageMappingStore(storage, "doc-A").load(key)).toEqual(mapping);
    expect(await new StorageMappingStore(storage, "doc-B").load(key)).toBeUndefined();
    expect(key).toBe("https://politiet.sharepoint.com/sites/anskaffelser|anskaffelsesbehov");
  });

  it("names the problem when the saved value is unusable", async () => {
    const storage = new MapStorage();
    storage.setItem(`anskaffelsesplan.mapping.${key}`, "{not json");
    const unreadable = {
      messageKey: "error.mapping.unreadable",
      messageParams: { list: "anskaffelsesbehov" },
    };
    await expect(new StorageMappingStore(storage, undefined).load(key)).rejects.toMatchObject(unreadable);
    storage.setItem(`anskaffelsesplan.mapping.${key}`, JSON.stringify({ needFields: {} }));
    await expect(new StorageMappingStore(storage, undefined).load(key)).rejects.toMatchObject(unreadable);
  });
});
