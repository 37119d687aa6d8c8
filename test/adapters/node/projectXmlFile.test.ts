// Tests of plan.xml on disk: written next to plan.json, and the previous file's UIDs read back.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPreviousUids, writeProjectXmlFile } from "../../../src/adapters/node/projectXmlFile";
import { writeMspdi } from "../../../src/adapters/mspdi/mspdiWriter";
import { buildProjectPlan } from "../../../src/domain/projectPlan/buildProjectPlan";
import { projectFieldAliases, projectPlanLabels } from "../../../src/i18n/projectMessages";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";

describe("projectXmlFile", () => {
  it("writes DIR/plan.xml and reads the UIDs back from it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-xml-"));
    const plan = buildProjectPlan(everyKindOfNeedPlan(), {
      redaction: { includeSecurityGraded: false },
      labels: projectPlanLabels("nb", 2027),
    });
    const file = await writeProjectXmlFile(
      join(dir, "out"),
      writeMspdi(plan, { fieldAliases: projectFieldAliases("nb") }),
    );
    expect(file).toBe(join(dir, "out", "plan.xml"));
    expect(await readFile(file, "utf8")).toContain("<SaveVersion>14</SaveVersion>");
    const previous = await readPreviousUids(file);
    expect(previous.needs?.get("N-001")).toBe(plan.tasks.find((t) => t.key === "ap:need:N-001")?.uid);
  });

  it("names the file when it is missing or not Project XML", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plan-xml-"));
    await expect(readPreviousUids(join(dir, "none.xml"))).rejects.toMatchObject({
      file: join(dir, "none.xml"),
      problems: [{ code: "read-failed", params: { reason: "ENOENT" } }],
    });
    const other = join(dir, "other.xml");
    await writeFile(other, "<Workbook/>", "utf8");
    await expect(readPreviousUids(other)).rejects.toMatchObject({
      file: other,
      problems: [{ code: "not-project-xml" }],
    });
  });
});
