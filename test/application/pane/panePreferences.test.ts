// The pane's remembered role and category: the host's default role, and the web-storage store
// under the Office partition key (unknown roles and refusing storage ignored).
import { defaultRole, memoryPanePreferences, parseRole } from "../../../src/application/pane/panePreferences";
import {
  PANE_PREFERENCE_KEYS,
  StoragePanePreferences,
} from "../../../src/adapters/browser/panePreferencesStore";
import { MapStorage } from "../../support/mapStorage";

describe("pane preferences", () => {
  it("opens Project in the planner's view, Excel in the lead's, the browser in the coordinator's", () => {
    expect(defaultRole("project")).toBe("planner");
    expect(defaultRole("excel")).toBe("lead");
    expect(defaultRole("none")).toBe("coordinator");
  });

  it("reads only the pane's roles", () => {
    expect(parseRole("lead")).toBe("lead");
    expect(parseRole("admin")).toBeUndefined();
    expect(parseRole(undefined)).toBeUndefined();
  });

  it("stores role and category under the partition key", () => {
    const storage = new MapStorage();
    const prefs = new StoragePanePreferences(storage, "doc-1");
    expect(prefs.role()).toBeUndefined();
    prefs.setRole("planner");
    prefs.setCategory("ikt");
    expect(storage.data.get(`doc-1.${PANE_PREFERENCE_KEYS.role}`)).toBe("planner");
    expect(new StoragePanePreferences(storage, "doc-1").role()).toBe("planner");
    expect(new StoragePanePreferences(storage, "doc-1").category()).toBe("ikt");
    expect(new StoragePanePreferences(storage, "doc-2").role()).toBeUndefined();
    expect(new StoragePanePreferences(storage, undefined).role()).toBeUndefined();
  });

  it("ignores a saved value that is no role, and storage that refuses", () => {
    const storage = new MapStorage();
    storage.setItem(PANE_PREFERENCE_KEYS.role, "admin");
    expect(new StoragePanePreferences(storage, undefined).role()).toBeUndefined();
    const refusing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    const prefs = new StoragePanePreferences(refusing, undefined);
    expect(() => prefs.setRole("lead")).not.toThrow();
    expect(prefs.role()).toBeUndefined();
  });

  it("keeps choices in memory when there is no storage", () => {
    const prefs = memoryPanePreferences();
    prefs.setRole("lead");
    prefs.setCategory("");
    expect([prefs.role(), prefs.category()]).toEqual(["lead", ""]);
  });
});
