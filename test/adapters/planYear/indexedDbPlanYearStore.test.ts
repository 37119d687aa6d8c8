// The IndexedDB plan-year store (the browser page's record) passes the shared store contract, over fake-indexeddb.
import "fake-indexeddb/auto";
import { IndexedDbPlanYearStore } from "../../../src/adapters/browser/indexedDbPlanYearStore";
import { planYearStoreContract } from "./planYearStoreContract";

let next = 0;

planYearStoreContract("IndexedDB", {
  async fresh() {
    const dbName = `plan-year-test-${(next += 1)}`;
    return { store: new IndexedDbPlanYearStore({ dbName }), other: new IndexedDbPlanYearStore({ dbName }) };
  },
  async documentBytes(store, year, name) {
    return (store as IndexedDbPlanYearStore).readDocument(year, name);
  },
});

describe("IndexedDbPlanYearStore", () => {
  it("keeps the records of two partition keys apart", async () => {
    const a = new IndexedDbPlanYearStore({ dbName: "plan-year-partitions", partitionKey: "doc-a" });
    const b = new IndexedDbPlanYearStore({ dbName: "plan-year-partitions", partitionKey: "doc-b" });
    await a.writeRecord(2027, "a", undefined);
    expect(await b.readRecord(2027)).toBeUndefined();
    expect(await b.listYears()).toEqual([]);
    expect(await a.listYears()).toEqual([2027]);
  });
});
