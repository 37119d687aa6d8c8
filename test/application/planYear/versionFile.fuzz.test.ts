/**
 * Fuzz of reading version files: any text, and any valid file with any field replaced
 * by any JSON value, gives either the file or a PlanVersionError naming the file — never another
 * exception — and the error text never quotes the file's content.
 */
import fc from "fast-check";
import {
  buildVersionFile,
  parseVersionFile,
  draftSummary,
} from "../../../src/application/planYear/planVersion";
import { contentHashOf } from "../../../src/domain/planYear/contentHash";
import { PlanVersionError } from "../../../src/domain/planYear/versionLifecycle";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { versionErrorText } from "../../../src/i18n/versionMessages";
import { handPlan } from "../../builders/handPlan";
import { NO_EDITS } from "../../builders/memoryPlanYearStore";

const FILE = "memory:/Anskaffelsesplan/2027/versions/v001.json";
const input = {
  config: defaultPlanConfig(2027),
  needs: [{ id: "N-1" }],
  contracts: [],
  spend: [],
  people: [],
};
const result = handPlan(2027, [
  { id: "N-1", area: "IKT", rank: 1, include: true, start: "2027-02-01", finish: "2027-03-01" },
]);
const file = buildVersionFile(
  2027,
  "v001",
  { input, edits: NO_EDITS, result },
  { by: "k@p.no", at: "2027-01-05T08:00:00.000Z" },
);
const summary = { ...draftSummary(file), status: "submitted" as const, contentHash: contentHashOf(file) };
const SECRET = "HEMMELIG-INNHOLD";

function outcome(read: () => unknown): "ok" | PlanVersionError {
  try {
    read();
    return "ok";
  } catch (error) {
    if (!(error instanceof PlanVersionError)) throw error;
    return error;
  }
}

describe("reading version files and records never fails in an unplanned way", () => {
  it("reads the pristine file and any re-serialisation of it", () => {
    expect(parseVersionFile(JSON.stringify(file, null, 3), FILE, 2027, summary)).toEqual(file);
  });

  it("gives a PlanVersionError for any text, quoting nothing of it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const seeded = `${text}${SECRET}`;
        const error = outcome(() => parseVersionFile(seeded, FILE, 2027, summary));
        expect(error).toBeInstanceOf(PlanVersionError);
        expect(versionErrorText(error as PlanVersionError, "en")).not.toContain(SECRET);
      }),
    );
  });

  it("names the file for any top-level or section field replaced by any JSON value", () => {
    const paths = [
      "schemaVersion",
      "planYear",
      "id",
      "kind",
      "created",
      "hashes",
      "input",
      "config",
      "edits",
      "parts",
      "result",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        fc.pre(JSON.stringify(value) !== JSON.stringify((file as unknown as Record<string, unknown>)[path]));
        const changed = { ...file, [path]: value };
        const error = outcome(() => parseVersionFile(JSON.stringify(changed), FILE, 2027, summary));
        expect(error).toBeInstanceOf(PlanVersionError);
        expect((error as PlanVersionError).params.file).toBe(FILE);
      }),
    );
  });
});
