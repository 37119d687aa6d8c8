/**
 * One contract for every PlanYearStore adapter (local folder, SharePoint library over HTTPS): reads
 * of missing files, create-only writes, If-Match writes, versions, documents, listing, any Unicode
 * content, and two people saving at once through updatePlanYear (one write fails with 412, the
 * record is merged, no edit is lost).
 */
import fc from "fast-check";
import {
  AlreadyExistsError,
  PreconditionFailedError,
  type PlanYearStore,
} from "../../../src/application/planYear/planYearStore";
import { initPlanYear } from "../../../src/application/planYear/planYearInit";
import {
  loadPlanYear,
  recordEdits,
  type PlanYearDeps,
} from "../../../src/application/planYear/planYearRecords";
import { nodePlanYearValidator } from "../../../src/adapters/node/jsonSchemas";

/** What a suite needs from an adapter: a fresh store per test and a way to read saved documents. */
export interface StoreHarness {
  /** A fresh, empty store (and a second client on the same storage for races). */
  fresh(): Promise<{ store: PlanYearStore; other: PlanYearStore }>;
  /** The bytes of a saved document, read straight from the storage. */
  documentBytes(store: PlanYearStore, year: number, name: string): Promise<Uint8Array | undefined>;
}

/** Registers the contract tests for one adapter. */
export function planYearStoreContract(name: string, harness: StoreHarness): void {
  describe(`PlanYearStore contract: ${name}`, () => {
    it("reads nothing from an empty store and creates a record only once", async () => {
      const { store, other } = await harness.fresh();
      expect(await store.readRecord(2027)).toBeUndefined();
      expect(await store.listYears()).toEqual([]);
      const etag = await store.writeRecord(2027, '{"a":1}', undefined);
      expect(await other.readRecord(2027)).toEqual({ content: '{"a":1}', etag });
      await expect(other.writeRecord(2027, '{"a":2}', undefined)).rejects.toBeInstanceOf(AlreadyExistsError);
      expect((await store.readRecord(2027))?.content).toBe('{"a":1}');
    });

    it("writes with If-Match only over the etag it read", async () => {
      const { store, other } = await harness.fresh();
      const first = await store.writeRecord(2027, "one", undefined);
      const second = await other.writeRecord(2027, "two", first);
      expect(second).not.toBe(first);
      await expect(store.writeRecord(2027, "three", first)).rejects.toBeInstanceOf(PreconditionFailedError);
      expect(await store.readRecord(2027)).toEqual({ content: "two", etag: second });
      await expect(store.writeRecord(2030, "x", first)).rejects.toBeInstanceOf(PreconditionFailedError);
    });

    it("creates version files once and lists the years that have a record", async () => {
      const { store, other } = await harness.fresh();
      await store.writeRecord(2028, "{}", undefined);
      await store.writeRecord(2026, "{}", undefined);
      await store.createVersion(2027, "v001", '{"v":1}');
      expect((await other.readVersion(2027, "v001"))?.content).toBe('{"v":1}');
      expect(await other.readVersion(2027, "v002")).toBeUndefined();
      await expect(other.createVersion(2027, "v001", "{}")).rejects.toBeInstanceOf(AlreadyExistsError);
      expect(await other.listYears()).toEqual([2026, 2028]);
    });

    it("saves documents byte for byte and replaces them", async () => {
      const { store } = await harness.fresh();
      const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
      await store.saveDocument(2027, "plan.xlsx", bytes, "application/octet-stream");
      expect(Buffer.from((await harness.documentBytes(store, 2027, "plan.xlsx")) ?? [])).toEqual(
        Buffer.from(bytes),
      );
      await store.saveDocument(2027, "plan.xlsx", bytes.subarray(10, 20), "application/octet-stream");
      expect(Buffer.from((await harness.documentBytes(store, 2027, "plan.xlsx")) ?? [])).toEqual(
        Buffer.from(bytes.subarray(10, 20)),
      );
    });

    it("keeps any Unicode content exactly", async () => {
      const { store } = await harness.fresh();
      let etag: string | undefined;
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 60 }), async (text) => {
          const content = JSON.stringify({ text });
          etag = await store.writeRecord(2027, content, etag);
          expect((await store.readRecord(2027))?.content).toBe(content);
        }),
        { numRuns: 25 },
      );
    });

    it("loses no edit when two people save at once: one write gets 412, the record is merged", async () => {
      const { store, other } = await harness.fresh();
      const validate = nodePlanYearValidator();
      const ann: PlanYearDeps = { store, validate };
      await initPlanYear(ann, { year: 2027, who: "ann@politiet.no" });
      // Bob's save runs between Ann's read and Ann's write.
      let bobDone: Promise<unknown> | undefined;
      const racing: PlanYearStore = Object.assign(Object.create(store) as PlanYearStore, {
        writeRecord: async (year: number, content: string, ifMatch: string | undefined) => {
          bobDone ??= recordEdits(
            { store: other, validate },
            2027,
            [
              { kind: "weight", criterionId: "reach", to: 15 },
              { kind: "note", needId: "B-1", to: "Bobs merknad" },
            ],
            "bob@politiet.no",
          );
          await bobDone;
          return store.writeRecord(year, content, ifMatch);
        },
      });
      const outcome = await recordEdits(
        { store: racing, validate },
        2027,
        [
          { kind: "weight", criterionId: "reach", to: 20 },
          { kind: "feedback", needId: "B-2", to: "Anns tilbakemelding" },
        ],
        "ann@politiet.no",
      );
      expect(outcome.attempts).toBe(2);
      expect(outcome.conflicts.map((c) => c.path)).toEqual(["/edits/weights/reach"]);
      const { record } = await loadPlanYear({ store: other, validate }, 2027);
      expect(record.edits.notes["B-1"]?.text).toBe("Bobs merknad");
      expect(record.edits.feedback["B-2"]?.text).toBe("Anns tilbakemelding");
      expect(record.edits.weights["reach"]).toMatchObject({ value: 15, stamp: { by: "bob@politiet.no" } });
    });
  });
}
