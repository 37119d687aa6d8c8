/**
 * The receipt date of a need comes from SharePoint: the intake item's creation time (the built-in
 * Created column) synced over real HTTPS from the demo server becomes `receivedDate`, a date in the
 * site's time zone, and a fast-track need's SLA deadline counts from it.
 */
import { syncList } from "../../../src/application/sharepoint/syncList";
import { validateNeeds } from "../../../src/domain/intake/validateNeeds";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { deadlineFor } from "../../../src/domain/scheduling/deadlines";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";
import { buildTenant, connect, CRITERIA_IDS, MAPPING, MemoryStateStore, SITE_URL } from "./graphFixture";

describe("receipt date from SharePoint", () => {
  it("reads the item's creation date as receivedDate and counts the fast-track SLA from it", async () => {
    const tenant = buildTenant(3);
    tenant.store.updateItem(tenant.intake, "2", { DeliveryTrack: "hurtig" });
    const conn = await connect(tenant.store);
    try {
      const outcome = await syncList(
        { gateway: conn.gateway, store: new MemoryStateStore() },
        {
          graphBaseUrl: conn.server.baseUrl,
          siteUrl: SITE_URL,
          listName: "Anskaffelsesbehov",
          mapping: MAPPING,
        },
      );
      expect(outcome.issues.filter((i) => i.field === "receivedDate")).toEqual([]);
      // The store's clock says 2026-11-01T08:00Z: 09:00 in Oslo the same day.
      expect(outcome.records.map((r) => r["receivedDate"])).toEqual([
        "2026-11-01",
        "2026-11-01",
        "2026-11-01",
      ]);
      const config = defaultPlanConfig(2027);
      const intake = validateNeeds(outcome.records, {
        config,
        criteriaIds: CRITERIA_IDS,
        contractIds: new Set(["KAV-1001", "KAV-1002", "KAV-1003", "KAV-1004"]),
      });
      const fast = intake.accepted.find((n) => n.deliveryTrack === "hurtig");
      expect(fast?.receivedDate).toBe("2026-11-01");
      const sla = { ...defaultSchedulingConfig(), fastTrackSlaDays: 45 };
      expect(deadlineFor({ ...fast!, neededBy: undefined }, undefined, config.planStart, sla)).toEqual({
        date: "2026-12-16",
        source: "fast-track-sla",
      });
    } finally {
      await conn.close();
    }
  });
});
