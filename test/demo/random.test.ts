// The seeded random source and the Norwegian number format of the raw records.
import { SeededRandom } from "../../src/demo/random";
import { norwegianNumber } from "../../src/demo/rawFormat";

const draws = (seed: number) => {
  const random = new SeededRandom(seed);
  return Array.from({ length: 50 }, () => random.int(0, 1_000_000));
};

describe("SeededRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it("keeps draws in range and shuffles into a permutation", () => {
    const random = new SeededRandom(1);
    const ints = Array.from({ length: 500 }, () => random.int(3, 7));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(7);
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = random.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(new Set(random.sample(items, 10)).size).toBe(10);
    expect(random.weighted([["only", 1]] as const)).toBe("only");
  });

  it("refuses a seed outside 32 bits, a fractional seed and an empty list", () => {
    expect(() => new SeededRandom(0.5)).toThrow(/integer/);
    expect(() => new SeededRandom(-1)).toThrow(/seed/);
    expect(() => new SeededRandom(2 ** 32)).toThrow(/seed/);
    expect(draws(2 ** 32 - 1)).not.toEqual(draws(2 ** 31 - 1));
    expect(() => new SeededRandom(1).pick([])).toThrow(/empty/);
  });
});

describe("norwegianNumber", () => {
  it("groups thousands with a space and writes øre after a decimal comma", () => {
    expect(norwegianNumber(1_500_000.5)).toBe("1 500 000,50");
    expect(norwegianNumber(999)).toBe("999");
    expect(norwegianNumber(1000)).toBe("1 000");
    expect(norwegianNumber(50_000, "\u00a0")).toBe("50\u00a0000");
    expect(norwegianNumber(1234.05, "")).toBe("1234,05");
  });
});
