// Project XML in pieces (mspdiChunks), as the CLI streams plan.xml: a plan of 1 201 tasks comes in
// pieces of at most 500 tasks, the pieces joined are a document that validates against
// mspdi_pj15.xsd and reads back with every task in order, multi-line notes keep their text as
// written (no indentation slips into them), compact and empty plans included; and plan.xml
// written from the pieces is byte for byte the joined text.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { buildProjectPlan } from "../../../src/domain/projectPlan/buildProjectPlan";
import type { ProjectPlan } from "../../../src/domain/projectPlan/projectPlanTypes";
import { mspdiChunks, writeMspdi } from "../../../src/adapters/mspdi/mspdiWriter";
import { writeProjectXmlFile } from "../../../src/adapters/node/projectXmlFile";
import { projectFieldAliases, projectPlanLabels } from "../../../src/i18n/projectMessages";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";
import { validateMspdi } from "../../support/xmllint";

const OPTIONS = { fieldAliases: projectFieldAliases("nb") };

function basePlan(): ProjectPlan {
  return buildProjectPlan(everyKindOfNeedPlan(), {
    redaction: { includeSecurityGraded: false },
    labels: projectPlanLabels("nb", 2027),
  });
}

/** The fixture's plan with its tasks repeated to `count` (new UIDs and ids, no links), notes on two lines. */
function planOf(count: number): ProjectPlan {
  const base = basePlan();
  const tasks = Array.from({ length: count }, (_, i) => {
    const task = base.tasks[i % base.tasks.length] as ProjectPlan["tasks"][number];
    return { ...task, uid: 100_000 + i, id: i + 1, predecessors: [], notes: `Linje én ${i}\nLinje to ${i}` };
  });
  return { ...base, tasks, assignments: [] };
}

function taskUids(xml: string): number[] {
  const doc = new XMLParser({ isArray: (name) => name === "Task" }).parse(xml) as {
    Project: { Tasks: { Task: { UID: number }[] } };
  };
  return doc.Project.Tasks.Task.map((t) => t.UID);
}

describe("mspdiChunks", () => {
  const plan = planOf(1201);

  it("gives the tasks in pieces of at most 500, which joined validate and read back in order", () => {
    const chunks = [...mspdiChunks(plan, OPTIONS)];
    const tasksPerChunk = chunks.map((c) => (c.match(/<Task>/g) ?? []).length).filter((n) => n > 0);
    expect(tasksPerChunk).toEqual([500, 500, 201]);
    const xml = chunks.join("");
    expect(validateMspdi(xml).output).toBe("");
    expect(taskUids(xml)).toEqual(plan.tasks.map((t) => t.uid));
  });

  it("keeps multi-line notes as written, pretty and compact", () => {
    for (const pretty of [true, false]) {
      const xml = [...mspdiChunks(plan, { ...OPTIONS, pretty })].join("");
      expect(xml).toContain("<Notes>Linje én 700\nLinje to 700</Notes>");
      expect(validateMspdi(xml).ok).toBe(true);
    }
    expect(writeMspdi(plan, { ...OPTIONS, pretty: false })).not.toContain("\n  <");
  });

  it("writes an empty plan's lists as empty elements", () => {
    const xml = [...mspdiChunks({ ...basePlan(), tasks: [], resources: [], assignments: [] }, OPTIONS)].join(
      "",
    );
    expect(xml).toContain("  <Tasks></Tasks>\n</Project>");
  });

  it("streams the pieces into plan.xml byte for byte", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mspdi-chunks-"));
    try {
      const file = await writeProjectXmlFile(dir, mspdiChunks(plan, OPTIONS));
      expect(readFileSync(file, "utf8")).toBe(writeMspdi(plan, OPTIONS));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
