// Waiting for office.js once: host and display language inside Office, host null outside or on timeout.
import { officeReadyOnce, type OfficeLike } from "../../../src/adapters/office/officeReady";
import type { OfficeHostInfo } from "../../../src/adapters/office/hostInfo";

/** A fake Office namespace that counts onReady calls. */
function fakeOffice(
  ready: Promise<OfficeHostInfo>,
  displayLanguage?: string,
): OfficeLike & { calls: number } {
  const fake = {
    calls: 0,
    context: displayLanguage === undefined ? undefined : { displayLanguage },
    onReady() {
      fake.calls += 1;
      return ready;
    },
  };
  return fake;
}

describe("officeReadyOnce", () => {
  it("returns the host and Office's display language inside Office, calling onReady once", async () => {
    const office = fakeOffice(Promise.resolve({ host: "Excel" }), "en-US");
    await expect(officeReadyOnce(office, 1000)).resolves.toEqual({ host: "Excel", displayLanguage: "en-US" });
    expect(office.calls).toBe(1);
  });

  it("returns host null outside Office and ignores any display language", async () => {
    const office = fakeOffice(Promise.resolve({ host: null }), "nb-NO");
    await expect(officeReadyOnce(office, 1000)).resolves.toEqual({ host: null });
  });

  it("falls back to host null when office.js never answers", async () => {
    const office = fakeOffice(new Promise<OfficeHostInfo>(() => undefined), "nb-NO");
    await expect(officeReadyOnce(office, 5)).resolves.toEqual({ host: null });
    expect(office.calls).toBe(1);
  });

  it("returns host null when office.js is not loaded at all", async () => {
    await expect(officeReadyOnce(undefined)).resolves.toEqual({ host: null });
  });

  it("leaves the display language out when Office does not report one", async () => {
    const office = fakeOffice(Promise.resolve({ host: "Project" }));
    await expect(officeReadyOnce(office, 1000)).resolves.toEqual({ host: "Project" });
  });
});
