// Host detection from what Office.onReady reports (plain objects; HostType values are strings at run time).
import { hostFromOfficeInfo } from "../../../src/adapters/office/hostInfo";

describe("hostFromOfficeInfo", () => {
  it("maps Excel and Project to our hosts", () => {
    expect(hostFromOfficeInfo({ host: "Excel" })).toBe("excel");
    expect(hostFromOfficeInfo({ host: "Project" })).toBe("project");
  });

  it("treats a plain browser page and other Office hosts as none", () => {
    expect(hostFromOfficeInfo({ host: null })).toBe("none");
    expect(hostFromOfficeInfo({})).toBe("none");
    expect(hostFromOfficeInfo(undefined)).toBe("none");
    expect(hostFromOfficeInfo({ host: "Word" })).toBe("none");
    expect(hostFromOfficeInfo({ host: "Outlook" })).toBe("none");
  });
});
