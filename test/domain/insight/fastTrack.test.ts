// Fast-track follow-up: SLA deadline from the receipt date (plan start when unknown), status on the
// as-of date, and the share delivered within the SLA.
import { fastTrackFollowUp } from "../../../src/domain/insight/fastTrack";
import type { ScheduledNeed } from "../../../src/domain/scheduling/scheduleTypes";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";
import { aNeed } from "../scheduling/builders";

const signed = (needId: string, contractSigned: string) => ({ needId, contractSigned }) as ScheduledNeed;
const fast = { deliveryTrack: "hurtig" as const };

it("SLA deadlines, statuses and the share delivered within the SLA", () => {
  const f = fastTrackFollowUp({
    needs: [
      aNeed("F1", { ...fast, neededBy: "2027-02-01" }),
      aNeed("F2", fast),
      aNeed("F3", fast),
      aNeed("F4", fast),
      aNeed("F5", fast),
      aNeed("F6", { ...fast, status: "withdrawn" }),
      aNeed("B1"),
    ],
    scheduled: [
      signed("F1", "2027-03-01"),
      signed("F2", "2027-04-20"),
      signed("F3", "2027-05-01"),
      signed("F4", "2027-06-30"),
      signed("B1", "2027-02-01"),
    ],
    receivedDates: new Map([
      ["F1", "2027-01-20"],
      ["F2", "2027-03-01"],
      ["F3", "2027-02-01"],
    ]),
    scheduling: defaultSchedulingConfig(),
    planStart: "2027-01-15",
    asOf: "2027-05-15",
  });
  expect(f.items.map((i) => [i.needId, i.slaDeadline, i.status, i.daysLate])).toEqual([
    ["F1", "2027-03-21", "delivered-in-time", 0],
    ["F2", "2027-04-30", "delivered-in-time", 0],
    ["F3", "2027-04-02", "delivered-late", 29],
    ["F4", "2027-03-16", "planned-late", 106],
    ["F5", "2027-03-16", "not-scheduled", 0],
    ["F6", "2027-03-16", "withdrawn", 0],
  ]);
  expect(f).toMatchObject({ slaDays: 60, delivered: 3, deliveredInTime: 2 });
  expect(f.shareInTime).toBeCloseTo(2 / 3);
  expect(f.items[0]?.receivedDate).toBe("2027-01-20");
  expect(f.items[3]?.receivedDate).toBeUndefined();
});

it("nothing delivered yet: the share is null, not 0", () => {
  const f = fastTrackFollowUp({
    needs: [aNeed("F1", fast)],
    scheduled: [signed("F1", "2027-03-01")],
    receivedDates: new Map(),
    scheduling: defaultSchedulingConfig(),
    planStart: "2027-01-15",
    asOf: "2027-01-20",
  });
  expect(f).toMatchObject({ delivered: 0, shareInTime: null });
  expect(f.items[0]?.status).toBe("planned-in-time");
});
