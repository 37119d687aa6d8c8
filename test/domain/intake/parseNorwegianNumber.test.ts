// Table tests of the Norwegian number parser: accepted spellings and rejected garbage.
import { parseNorwegianNumber } from "../../../src/domain/intake/parseNorwegianNumber";

describe("parseNorwegianNumber", () => {
  it.each([
    ["1 500 000,50", 1_500_000.5],
    ["1500000", 1_500_000],
    ["1 500 000", 1_500_000],
    ["ca. 1,5 mill", 1_500_000],
    ["ca 250 000 kr", 250_000],
    ["cirka kr 250 000,-", 250_000],
    ["~ 350'", 350_000],
    ["1\u00a0500\u00a0000", 1_500_000],
    ["1\u202f500\u202f000", 1_500_000],
    ["1\u2009500\u2009000,25", 1_500_000.25],
    ["  250 000  ", 250_000],
    ["kr 250 000", 250_000],
    ["kr. 250 000", 250_000],
    ["Kr 250000", 250_000],
    ["250 000 kr", 250_000],
    ["NOK 250 000", 250_000],
    ["250 000 NOK", 250_000],
    ["250 000,-", 250_000],
    ["250 000,–", 250_000],
    ["kr 250 000,-", 250_000],
    ["1,5 mill", 1_500_000],
    ["1,5 mill.", 1_500_000],
    ["1,5 millioner", 1_500_000],
    ["1 million", 1_000_000],
    ["1,5 mill. kr", 1_500_000],
    ["kr 1,5 mill", 1_500_000],
    ["1,5 MNOK", 1_500_000],
    ["1,1 mill", 1_100_000],
    ["2 mrd", 2_000_000_000],
    ["2,5 milliarder", 2_500_000_000],
    ["350'", 350_000],
    ["350’", 350_000],
    ["350k", 350_000],
    ["350 tusen", 350_000],
    ["1.500.000", 1_500_000],
    ["1.500.000,50", 1_500_000.5],
    ["1,500,000", 1_500_000],
    ["1,500,000.50", 1_500_000.5],
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["0,500", 0.5],
    ["1234,567", 1234.567],
    ["250 000.50", 250_000.5],
    ["0", 0],
    ["+250", 250],
    [1_500_000, 1_500_000],
    [0.5, 0.5],
  ])("reads %p as %p", (text, expected) => {
    expect(parseNorwegianNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "invalid"],
    ["kr", "invalid"],
    ["1,5,5", "invalid"],
    ["1.50.000", "invalid"],
    ["1 50 000", "invalid"],
    ["1 500.000,00", "invalid"],
    ["1.500,000.00", "invalid"],
    ["1 500 000,", "invalid"],
    [",5", "invalid"],
    ["1,5 mill mill", "invalid"],
    ["12abc", "invalid"],
    ["1e6", "invalid"],
    ["--5", "invalid"],
    [Number.NaN, "invalid"],
    ["1.500", "ambiguous"],
    ["1,500", "ambiguous"],
    ["12.345", "ambiguous"],
    ["-250 000", "negative"],
    ["−1 500", "negative"],
    ["kr -250", "negative"],
    [-1, "negative"],
    ["99999999999999999999", "too-large"],
    [Number.POSITIVE_INFINITY, "too-large"],
  ])("rejects %p as %p", (text, error) => {
    expect(parseNorwegianNumber(text)).toEqual({ ok: false, error });
  });

  it("accepts negative values only when asked to", () => {
    expect(parseNorwegianNumber("-1 500,5", { allowNegative: true })).toEqual({ ok: true, value: -1500.5 });
    expect(parseNorwegianNumber("-0")).toEqual({ ok: true, value: 0 });
  });
});
