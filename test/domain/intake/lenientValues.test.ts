// Lenient parsing of enumerations, yes/no values, lists and organisation names.
import { enumParser } from "../../../src/domain/intake/enumParser";
import {
  parseArea,
  parseComplexity,
  parseContractType,
  parseDeliveryTrack,
  parseFundingStatus,
  parseInsightSource,
  parseNeedStatus,
} from "../../../src/domain/intake/needEnumerations";
import { organisationLookup } from "../../../src/domain/intake/organisationLookup";
import { parseBoolean } from "../../../src/domain/intake/parseBoolean";
import { parseList } from "../../../src/domain/intake/parseList";
import { DISPLAY_VALUE_MAX, displayValue, readText } from "../../../src/domain/intake/rawValue";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";

describe("enumerations", () => {
  it.each([
    [parseArea, "materiell", "Materiell"],
    [parseArea, "EIENDOM", "Eiendom"],
    [parseArea, "Real estate", "Eiendom"],
    [parseArea, "ict", "IKT"],
    [parseArea, "Procurement", "Anskaffelser"],
    [parseDeliveryTrack, "Basisleveranse", "basis"],
    [parseDeliveryTrack, "rullerende plan", "rullerende"],
    [parseDeliveryTrack, "Rolling plan", "rullerende"],
    [parseDeliveryTrack, "Hurtigleveranse", "hurtig"],
    [parseDeliveryTrack, "fast-track", "hurtig"],
    [parseDeliveryTrack, "Fast track", "hurtig"],
    [parseContractType, "Varer", "goods"],
    [parseContractType, "Tjenester", "services"],
    [parseContractType, "Bygg og anlegg", "works"],
    [parseContractType, "Bygge- og anleggsarbeider", "works"],
    [parseContractType, "Services", "services"],
    [parseInsightSource, "Innmelding", "submission"],
    [parseInsightSource, "Avtaleutløp", "kav-expiry"],
    [parseInsightSource, "KAV-expiry", "kav-expiry"],
    [parseInsightSource, "Spendanalyse", "spend-analysis"],
    [parseInsightSource, "Markedskunnskap", "market"],
    [parseInsightSource, "Nordisk", "nordic"],
    [parseInsightSource, "Forsvaret", "armed-forces"],
    [parseFundingStatus, "Finansiert", "funded"],
    [parseFundingStatus, "Delvis finansiert", "partly-funded"],
    [parseFundingStatus, "Ikke finansiert", "unfunded"],
    [parseFundingStatus, "partly funded", "partly-funded"],
    [parseComplexity, "Lav", "low"],
    [parseComplexity, "Middels", "medium"],
    [parseComplexity, "Høy", "high"],
    [parseComplexity, "HOY", "high"],
    [parseNeedStatus, "Innmeldt", "submitted"],
    [parseNeedStatus, "Under analyse", "in-analysis"],
    [parseNeedStatus, "Planlagt", "planned"],
    [parseNeedStatus, "Utsatt", "deferred"],
    [parseNeedStatus, "Avslått", "declined"],
    [parseNeedStatus, "Trukket tilbake", "withdrawn"],
  ])("%#: reads %p", (parse: (text: string) => string | undefined, text: string, expected: string) => {
    expect(parse(text)).toBe(expected);
  });

  it.each([
    [parseArea, "Sjø"],
    [parseDeliveryTrack, "sakte"],
    [parseContractType, "leie"],
    [parseFundingStatus, "kanskje"],
    [parseComplexity, "ekstrem"],
    [parseNeedStatus, "ferdig"],
  ])("%#: rejects %p", (parse: (text: string) => string | undefined, text: string) => {
    expect(parse(text)).toBeUndefined();
  });

  it("refuses a synonym table where a word means two values", () => {
    expect(() => enumParser({ a: ["felles"], b: ["Felles"] })).toThrow(/felles/i);
  });
});

describe("yes/no values", () => {
  it.each([
    ["Ja", true],
    ["ja", true],
    ["yes", true],
    ["TRUE", true],
    ["1", true],
    ["x", true],
    [true, true],
    [1, true],
    ["Nei", false],
    ["no", false],
    ["false", false],
    ["0", false],
    ["", false],
    ["  ", false],
    [null, false],
    [undefined, false],
    [false, false],
    [0, false],
  ])("reads %p as %p", (value, expected) => {
    expect(parseBoolean(value)).toEqual({ ok: true, value: expected });
  });

  it.each([["kanskje"], [2], [{}], [["ja"]]])("rejects %p", (value) => {
    expect(parseBoolean(value)).toEqual({ ok: false, error: "invalid" });
  });
});

describe("lists", () => {
  it.each([
    ["N-1; N-2", ["N-1", "N-2"]],
    ["N-1,N-2", ["N-1", "N-2"]],
    ["N-1\nN-2\r\nN-3", ["N-1", "N-2", "N-3"]],
    [" N-1 ;; N-1 ; ", ["N-1"]],
    [
      ["N-1", " N-2 ", 3],
      ["N-1", "N-2", "3"],
    ],
    [7, ["7"]],
    ["", []],
    [null, []],
    [undefined, []],
    [[], []],
  ])("reads %p", (value, expected) => {
    expect(parseList(value)).toEqual({ ok: true, value: expected });
  });

  it.each([[{ LookupId: 1 }], [[{ LookupId: 1 }]], [true], [Number.NaN]])("rejects %p", (value) => {
    expect(parseList(value)).toEqual({ ok: false, error: "invalid" });
  });
});

describe("organisation lookup", () => {
  const lookup = organisationLookup(defaultPlanConfig(2027));

  it.each([
    ["oslo", "oslo"],
    ["Oslo politidistrikt", "oslo"],
    ["SØR-ØST POLITIDISTRIKT", "sor-ost"],
    ["sør-øst", "sor-ost"],
    ["Møre og Romsdal", "more-og-romsdal"],
    ["Kripos", "kripos"],
    ["Politiets IT-enhet", "pit"],
  ])("finds the unit %p", (text, id) => {
    expect(lookup.unit(text)?.id).toBe(id);
  });

  it("finds categories and subcategories by id or name, within their category", () => {
    expect(lookup.category("IKT og telekom")?.id).toBe("ikt");
    expect(lookup.category("tjenester-eiendom")?.id).toBe("tjenester-eiendom");
    expect(lookup.unit("Bergen")).toBeUndefined();
    const ikt = lookup.category("ikt");
    expect(lookup.subcategory("Programvare og lisenser", ikt)).toEqual({
      kind: "found",
      subcategory: { id: "programvare", name: "Programvare og lisenser" },
    });
    expect(lookup.subcategory("kjoretoy", ikt)).toEqual({
      kind: "other-category",
      categoryIds: ["materiell"],
    });
    expect(lookup.subcategory("Fly", ikt)).toEqual({ kind: "unknown" });
    expect(lookup.subcategory("bygg", undefined)).toEqual({
      kind: "other-category",
      categoryIds: ["tjenester-eiendom"],
    });
  });
});

describe("raw values", () => {
  it("reads text trimmed and refuses objects", () => {
    expect(readText("  a  b ")).toEqual({ ok: true, value: "a  b" });
    expect(readText(12)).toEqual({ ok: true, value: "12" });
    expect(readText(" ")).toEqual({ ok: true, value: undefined });
    expect(readText({})).toEqual({ ok: false, error: "not-text" });
  });

  it("shows long and odd values briefly", () => {
    expect(displayValue("x".repeat(200))).toHaveLength(DISPLAY_VALUE_MAX);
    expect(displayValue([1, "a"])).toBe('[1,"a"]');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(displayValue(circular)).toBe("object");
    expect(displayValue(undefined)).toBe("");
  });
});
