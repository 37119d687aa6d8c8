/**
 * The health check's pure parts: token claims decoded without verification (fuzzed: any text is
 * either claims or "not a JWT", never a crash), the SharePoint access a token's scopes give, the
 * plan-year record's schema check, and the column comparison (compatible kinds, typed text for
 * fields the intake reads, missing choices on write-back columns).
 */
import fc from "fast-check";
import { decodeTokenClaims, siteAccessOf } from "../../src/application/goLive/tokenClaims";
import { checkRecordText } from "../../src/application/goLive/recordCheck";
import { compareColumns, expectedIntakeColumns } from "../../src/application/goLive/columnCheck";
import { describeFinding, GO_LIVE_MESSAGES } from "../../src/i18n/goLiveMessages";
import { PLAN_YEAR_SCHEMA_VERSION } from "../../src/domain/planYear/planYearTypes";
import { defaultPlanConfig } from "../../src/domain/model/defaults";
import { intakeListDefinition } from "../../src/application/sharepoint/listSchemas";

const jwt = (claims: unknown) => `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`;

describe("token claims", () => {
  it("reads scopes, roles, user and expiry, and classifies SharePoint access", () => {
    const claims = decodeTokenClaims(
      jwt({ scp: "User.Read Sites.Selected", upn: "ålesund@politiet.no", exp: 5 }),
    );
    expect(claims).toEqual({
      scopes: ["User.Read", "Sites.Selected"],
      roles: [],
      user: "ålesund@politiet.no",
      expiresAt: 5,
    });
    expect(siteAccessOf(claims ?? { scopes: [], roles: [] })).toBe("write");
    expect(siteAccessOf({ scopes: ["Sites.Read.All"], roles: [] })).toBe("read");
    expect(siteAccessOf({ scopes: ["User.Read"], roles: [] })).toBe("none");
    expect(siteAccessOf({ scopes: [], roles: ["Sites.ReadWrite.All"] })).toBe("write");
  });

  it("says “not a JWT” for anything else and never throws", () => {
    expect(decodeTokenClaims("demo-token")).toBeUndefined();
    expect(decodeTokenClaims("a.bm90IGpzb24.c")).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        const result = decodeTokenClaims(`${a}.${b}.${c}`);
        expect(result === undefined || Array.isArray(result.scopes)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (payload) => {
        const result = decodeTokenClaims(jwt(payload));
        expect(result).toBeDefined();
        expect(result?.scopes.every((s) => typeof s === "string")).toBe(true);
      }),
    );
  });
});

describe("plan-year record check", () => {
  it("knows the current schema version and refuses the rest", () => {
    expect(checkRecordText(JSON.stringify({ schemaVersion: PLAN_YEAR_SCHEMA_VERSION }))).toEqual({
      kind: "ok",
      version: PLAN_YEAR_SCHEMA_VERSION,
    });
    expect(checkRecordText(JSON.stringify({ schemaVersion: 7 }))).toEqual({
      kind: "unknownVersion",
      version: 7,
      known: PLAN_YEAR_SCHEMA_VERSION,
    });
    expect(checkRecordText("{}")).toEqual({ kind: "noVersion" });
    expect(checkRecordText("[1]")).toEqual({ kind: "unreadable" });
    expect(checkRecordText("{")).toEqual({ kind: "unreadable" });
  });
});

describe("column comparison", () => {
  const config = defaultPlanConfig(2027);
  const own = intakeListDefinition(config, []).columns;
  const expected = expectedIntakeColumns(config, []);

  it("finds the tool's own intake list healthy", () => {
    expect(compareColumns("Anskaffelsesbehov", expected, own)).toEqual([]);
  });

  it("accepts typed text for read fields but not for write-back columns, and flags missing choices", () => {
    const typed = own.map((c) =>
      c.name === "EstimatedValue" || c.name === "PlannedStart" ? { ...c, kind: "text" as const } : c,
    );
    const decision = typed.map((c) => (c.name === "Decision" ? { ...c, choices: ["include"] } : c));
    const findings = compareColumns("L", expected, decision);
    expect(findings.map((f) => [f.code, f.params.column])).toEqual([
      ["column.choices", "Decision"],
      ["column.wrongType", "PlannedStart"],
    ]);
    expect(describeFinding(findings[0] ?? { code: "", params: {} }, "nb").text).toBe(
      "Valgkolonnen Decision i «L» mangler valgene defer, decline.",
    );
  });
});

describe("go-live catalogue", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("has the same keys and placeholders in bokmål and English, no empty texts, advice for every finding", () => {
    expect(Object.keys(GO_LIVE_MESSAGES.en).sort()).toEqual(Object.keys(GO_LIVE_MESSAGES.nb).sort());
    for (const [key, nb] of Object.entries(GO_LIVE_MESSAGES.nb)) {
      const en = GO_LIVE_MESSAGES.en[key] ?? "";
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(nb) });
      expect(nb.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
    }
    const findingCodes = Object.keys(GO_LIVE_MESSAGES.nb).filter(
      (k) =>
        /^doctor\.(token|site|list|column|write|library|record)\.\w+$/.test(k) &&
        !k.startsWith("doctor.write.reason"),
    );
    expect(findingCodes.length).toBeGreaterThan(20);
    for (const code of findingCodes) expect(GO_LIVE_MESSAGES.nb[`${code}.advice`]).toBeDefined();
  });
});
