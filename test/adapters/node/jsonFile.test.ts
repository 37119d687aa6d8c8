// Tests of the streaming JSON writer: the file is exactly JSON.stringify(value, null, 2) and a newline.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { writeJsonFile } from "../../../src/adapters/node/jsonFile";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "json-file-"));
});

async function roundTrip(value: unknown): Promise<string> {
  const file = join(dir, "x.json");
  await writeJsonFile(file, value);
  return readFile(file, "utf8");
}

describe("writeJsonFile", () => {
  it("writes what JSON.stringify writes, for deep, empty, omitted and toJSON values", async () => {
    const value = {
      a: [1, "två\nlinjer", { b: [], c: {}, d: undefined, e: [undefined, () => 1, null] }],
      deep: { l1: { l2: { l3: { l4: { l5: [1, { x: "y" }] } } } } },
      when: new Date(Date.UTC(2027, 0, 15)),
      nan: Number.NaN,
      skip: undefined,
      list: Array.from({ length: 3000 }, (_, i) => ({ i, text: "æøå → ".repeat(i % 7), nested: [[i]] })),
    };
    expect(await roundTrip(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("matches JSON.stringify on random JSON values", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 7 }), async (value) => {
        expect(await roundTrip({ root: value, list: [value, value] })).toBe(
          `${JSON.stringify({ root: value, list: [value, value] }, null, 2)}\n`,
        );
      }),
      { numRuns: 30 },
    );
  });
});
