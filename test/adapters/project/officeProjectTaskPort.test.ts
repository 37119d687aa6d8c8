// office-addin-mock tests of the Project adapter: the walk, field reads and writes with the right
// field ids and the values passed through as the host gives and takes them, strictly one call at a
// time, failures per task, and an update run over it (date format confirmed, then written).
import { OfficeMockObject } from "office-addin-mock";
import { OfficeApp } from "office-addin-manifest";
import {
  createOfficeProjectTaskPort,
  TASK_FIELD_IDS,
  type ProjectDocumentApi,
} from "../../../src/adapters/project/officeProjectTaskPort";
import { ProjectApiError } from "../../../src/adapters/project/officeAsync";
import { readProjectProgress, syncProjectTasks } from "../../../src/application/project/syncProjectTasks";
import { buildProjectPlan } from "../../../src/domain/projectPlan/buildProjectPlan";
import { projectPlanLabels } from "../../../src/i18n/projectMessages";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";

const TEXT30 = 36;

interface MockTask {
  guid: string;
  fields: Map<number, unknown>;
}

/** A Project document whose callbacks arrive later (as in the host) and which counts calls in flight. */
function mockProject(tasks: MockTask[]) {
  const state = {
    inFlight: 0,
    maxInFlight: 0,
    calls: [] as string[],
    failSet: new Set<string>(),
    /** Field ids whose reads fail for every task (PercentComplete on some Project builds). */
    failGet: new Set<number>(),
    failIndex: new Set<number>(),
  };
  type Cb = (r: { status: string; value: unknown; error?: { code: number; message: string } }) => void;
  const respond = (name: string, cb: Cb, result: () => unknown, fail = false) => {
    state.calls.push(name);
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    setTimeout(() => {
      state.inFlight -= 1;
      if (fail)
        cb({
          status: "failed",
          value: undefined,
          error: { code: 5001, message: "An internal error has occurred." },
        });
      else cb({ status: "succeeded", value: result() });
    }, 1);
  };
  const find = (guid: string) => tasks.find((t) => t.guid === guid) as MockTask;
  const data = {
    context: {
      document: {
        getMaxTaskIndexAsync: (cb: Cb) => respond("max", cb, () => tasks.length - 1),
        getTaskByIndexAsync: (i: number, cb: Cb) =>
          respond(`index ${i}`, cb, () => tasks[i]?.guid, state.failIndex.has(i)),
        getTaskFieldAsync: (guid: string, field: number, cb: Cb) =>
          respond(
            `get ${guid} ${field}`,
            cb,
            () => ({ fieldValue: find(guid).fields.get(field) ?? "" }),
            state.failGet.has(field),
          ),
        setTaskFieldAsync: (guid: string, field: number, value: unknown, cb: Cb) =>
          respond(
            `set ${guid} ${field}`,
            cb,
            () => find(guid).fields.set(field, value),
            state.failSet.has(`${guid}/${field}`),
          ),
      },
    },
  };
  const office = new OfficeMockObject(data, OfficeApp.Project) as unknown as {
    context: { document: ProjectDocumentApi };
  };
  return { doc: office.context.document, state };
}

function task(guid: string, key: string, extra: [number, unknown][] = []): MockTask {
  return { guid, fields: new Map<number, unknown>([[TEXT30, key], ...extra]) };
}

describe("createOfficeProjectTaskPort", () => {
  it("walks every task index one call after another and reads the plan key from Text30", async () => {
    const { doc, state } = mockProject([task("g0", "ap:project"), task("g1", ""), task("g2", "ap:need:N-1")]);
    const port = createOfficeProjectTaskPort(doc);
    const steps: number[] = [];
    const walk = await port.walkTasks((done) => steps.push(done));
    expect(walk.tasks).toEqual([
      { taskId: "g0", key: "ap:project" },
      { taskId: "g1", key: "" },
      { taskId: "g2", key: "ap:need:N-1" },
    ]);
    expect(state.calls).toEqual([
      "max",
      "index 0",
      "get g0 36",
      "index 1",
      "get g1 36",
      "index 2",
      "get g2 36",
    ]);
    expect(steps).toEqual([1, 2, 3]);
    expect(state.maxInFlight).toBe(1);
  });

  it("reports an index it cannot read and walks on", async () => {
    const { doc, state } = mockProject([task("g0", "ap:project"), task("g1", "ap:need:N-1")]);
    state.failIndex.add(0);
    const walk = await createOfficeProjectTaskPort(doc).walkTasks();
    expect(walk.tasks.map((t) => t.taskId)).toEqual(["g1"]);
    expect(walk.unreadable).toEqual([
      { index: 0, message: "getTaskByIndexAsync(0): An internal error has occurred. (5001)" },
    ]);
  });

  it("reads each field with its Office field id and returns the host's value as it is", async () => {
    const { doc, state } = mockProject([
      task("g0", "k", [
        [TASK_FIELD_IDS.percentComplete, 45],
        [TASK_FIELD_IDS.actualStart, "ma 18.01.27"],
        [TASK_FIELD_IDS.actualFinish, "I/T"],
        [TASK_FIELD_IDS.start, "18.01.2027 08:00"],
        [TASK_FIELD_IDS.finish, "26.02.2027 16:00"],
        [TASK_FIELD_IDS.deadline, "NA"],
      ]),
    ]);
    const port = createOfficeProjectTaskPort(doc);
    expect(await port.readField("g0", "percentComplete")).toBe(45);
    expect(await port.readField("g0", "actualStart")).toBe("ma 18.01.27");
    expect(await port.readField("g0", "actualFinish")).toBe("I/T");
    expect(await port.readField("g0", "start")).toBe("18.01.2027 08:00");
    expect(await port.readField("g0", "finish")).toBe("26.02.2027 16:00");
    expect(await port.readField("g0", "deadline")).toBe("NA");
    expect(state.calls).toEqual([
      "get g0 248",
      "get g0 5",
      "get g0 2",
      "get g0 269",
      "get g0 268",
      "get g0 181",
    ]);
  });

  it("writes each field with its Office field id and the value given", async () => {
    const { doc } = mockProject([task("g0", "k")]);
    const port = createOfficeProjectTaskPort(doc);
    await port.writeField("g0", "start", "18.01.2027 08:00");
    await port.writeField("g0", "finish", "2/26/2027 4:00 PM");
    await port.writeField("g0", "deadline", "30.06.2027 16:00");
    await port.writeField("g0", "priority", 749);
    await port.writeField("g0", "notes", "Enhet: oslo");
    const read = async (id: number) =>
      new Promise((resolve) => doc.getTaskFieldAsync("g0", id, (r) => resolve(r.value.fieldValue)));
    expect(await read(TASK_FIELD_IDS.start)).toBe("18.01.2027 08:00");
    expect(await read(TASK_FIELD_IDS.finish)).toBe("2/26/2027 4:00 PM");
    expect(await read(TASK_FIELD_IDS.deadline)).toBe("30.06.2027 16:00");
    expect(await read(TASK_FIELD_IDS.priority)).toBe(749);
    expect(await read(TASK_FIELD_IDS.notes)).toBe("Enhet: oslo");
  });

  it("keeps calls strictly sequential even when the caller fires them at once", async () => {
    const { doc, state } = mockProject([task("g0", "k"), task("g1", "k")]);
    const port = createOfficeProjectTaskPort(doc);
    await Promise.all([
      port.writeField("g0", "priority", 1),
      port.writeField("g1", "priority", 2),
      port.readField("g0", "percentComplete"),
      port.writeField("g0", "notes", "x"),
    ]);
    expect(state.maxInFlight).toBe(1);
    expect(state.calls.slice(0, 2)).toEqual(["set g0 253", "set g1 253"]);
  });

  it("rejects a failed call with the operation and the host's message", async () => {
    const { doc, state } = mockProject([task("g0", "k")]);
    state.failSet.add("g0/268");
    const port = createOfficeProjectTaskPort(doc);
    const error = await port.writeField("g0", "finish", "26.02.2027 16:00").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProjectApiError);
    expect((error as ProjectApiError).message).toBe(
      "setTaskFieldAsync(finish): An internal error has occurred. (5001)",
    );
    await expect(port.writeField("g0", "priority", 3)).resolves.toBeUndefined();
  });
});

describe("syncProjectTasks over the Office adapter", () => {
  it("confirms the date format, then updates tasks one call at a time and reports a failed write", async () => {
    const plan = buildProjectPlan(everyKindOfNeedPlan(), {
      redaction: { includeSecurityGraded: false },
      labels: projectPlanLabels("nb", 2027),
    });
    const subset = plan.tasks.filter((t) => t.needId === "N-003" || t.kind === "project");
    const nb = (date: string, time: string) => `${date.split("-").reverse().join(".")} ${time}`;
    const tasks = subset.map((t, i) =>
      task(`g${i}`, t.key, [
        [TASK_FIELD_IDS.percentComplete, 0],
        [TASK_FIELD_IDS.actualStart, "I/T"],
        [TASK_FIELD_IDS.actualFinish, "I/T"],
        [TASK_FIELD_IDS.start, nb(t.start, "08:00")],
        [TASK_FIELD_IDS.finish, nb(t.finish, "16:00")],
        [TASK_FIELD_IDS.deadline, t.deadline ? nb(t.deadline, "16:00") : "I/T"],
      ]),
    );
    const { doc, state } = mockProject(tasks);
    const evaluation = subset.findIndex((t) => t.key === "ap:phase:N-003:evaluation");
    state.failSet.add(`g${evaluation}/${TASK_FIELD_IDS.start}`);
    const report = await syncProjectTasks({ ...plan, tasks: subset }, createOfficeProjectTaskPort(doc));
    expect(state.maxInFlight).toBe(1);
    expect(report.notices[0]).toMatchObject({
      key: "dateFormat.detected",
      params: { pattern: "dd.mm.yyyy hh:mm" },
    });
    expect(report.counts).toMatchObject({ updated: 5, failed: 1, unchanged: 1 });
    expect(report.results.find((r) => r.status === "failed")).toMatchObject({
      key: "ap:phase:N-003:evaluation",
      failure: { step: "start", message: expect.stringContaining("An internal error") as string },
    });
    const signature = subset.findIndex((t) => t.key === "ap:phase:N-003:signature");
    expect(tasks[signature]?.fields.get(TASK_FIELD_IDS.start)).toBe(
      nb(subset[signature]?.start ?? "", "08:00"),
    );
  });

  it("reads progress from the actual dates, with one notice, where PercentComplete fails", async () => {
    const plan = buildProjectPlan(everyKindOfNeedPlan(), {
      redaction: { includeSecurityGraded: false },
      labels: projectPlanLabels("nb", 2027),
    });
    const subset = plan.tasks.filter((t) => t.needId === "N-003");
    const nb = (date: string) => `${date.split("-").reverse().join(".")} 08:00`;
    const tasks = subset.map((t, i) =>
      task(`g${i}`, t.key, [
        [TASK_FIELD_IDS.start, nb(t.start)],
        [TASK_FIELD_IDS.actualStart, i === 1 ? nb(t.start) : "I/T"],
        [TASK_FIELD_IDS.actualFinish, i === 1 ? nb(t.finish) : "I/T"],
      ]),
    );
    const { doc, state } = mockProject(tasks);
    state.failGet.add(TASK_FIELD_IDS.percentComplete);
    const report = await readProjectProgress({ ...plan, tasks: subset }, createOfficeProjectTaskPort(doc));
    expect(report.notices.map((n) => n.key)).toEqual(["dateFormat.detected", "progress.noPercent"]);
    expect(report.counts.failed).toBe(0);
    expect(state.calls.filter((c) => c.endsWith(` ${TASK_FIELD_IDS.percentComplete}`))).toHaveLength(1);
    expect(report.progress[1]).toMatchObject({ percentComplete: 100, actualFinish: subset[1]?.finish });
    expect(report.progress[0]).toMatchObject({ percentComplete: 0 });
  });
});
