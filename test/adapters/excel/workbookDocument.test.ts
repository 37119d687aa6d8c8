// The Excel workspace over a stateful fake workbook with Office.js batch semantics (fakeWorkbook):
// a NEW pane instance on the same document, as after closing and reopening, reads the edits back
// through the link the document keeps (custom XML part, or the setting on hosts without parts);
// Oppdater re-plans; Skriv after an edit keeps the edit; a write failing half way leaves the
// previous sheets intact; a co-author's sheet is never taken for ours.
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { runPlan } from "../../../src/application/runPlan";
import type { PlanResult } from "../../../src/application/planResult";
import type { PlanInput } from "../../../src/domain/model/planInput";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { excelWorkbookDocument } from "../../../src/adapters/excel/excelRun";
import { FULL_SUPPORT, type ExcelSupport } from "../../../src/adapters/excel/requirements";
import {
  workbookWorkspace,
  type WorkspaceActions,
} from "../../../src/application/workbook/workbookWorkspace";
import { parseWorkbookLink, WORKBOOK_LINK_SETTING } from "../../../src/application/workbook/workbookLink";
import type { WorkbookChange } from "../../../src/application/workbook/readBack";
import { cellAt, emptyWorkbook, fakeWorkbook, typeInto, type FakeWorkbookState } from "./fakeWorkbook";

const SHEETS = ["Innmeldinger", "Matrise", "Utvalg", "Plan", "Kapasitet", "Kraljic", "Tilbakemelding"];
const demo = generateDemoTenant();
const base: PlanInput = { ...demo, needs: demo.needs.slice(0, 60) };

/** One pane instance: its own plan state, over the document `state`. */
function openPane(state: FakeWorkbookState, support: ExcelSupport, sink?: WorkbookChange[][]) {
  const fake = fakeWorkbook(state);
  let shown: { result: PlanResult; input: PlanInput } | undefined;
  const actions: WorkspaceActions = workbookWorkspace({
    locale: "nb",
    document: excelWorkbookDocument(
      "nb",
      (work) => work(fake.context),
      () => support,
    ),
    session: {
      input: () => shown?.input ?? base,
      planned: (result, input) => {
        shown = { result, input };
      },
    },
    runPlan: async (input, includeSecurityGraded) =>
      runPlan(input, { includeSecurityGraded, solver: await createHighsSolver() }),
    now: () => "2026-12-04T18:00:00.000Z",
    ...(sink ? { sink: { recordEdits: async (changes) => void sink.push([...changes]) } } : {}),
  });
  return { fake, actions, shown: () => shown! };
}

/** Row of a need in a sheet's id column (column A; B on Tilbakemelding, after the unit). */
function rowOf(state: FakeWorkbookState, sheet: string, id: string): number {
  const col = sheet === "Tilbakemelding" ? 1 + linkIn(state).layout.feedback.idCol : 1;
  for (let r = 1; r < 1000; r += 1) if (cellAt(state, sheet, r, col).value === id) return r;
  throw new Error(`no row for ${id} in ${sheet}`);
}

const linkIn = (state: FakeWorkbookState) => {
  const xml = state.parts[0]?.xml ?? (state.settings.get(WORKBOOK_LINK_SETTING) as string);
  return parseWorkbookLink(xml);
};

describe.each([
  ["custom XML part (ExcelApi 1.5)", FULL_SUPPORT],
  ["document setting (no customXmlParts)", { ...FULL_SUPPORT, customXmlParts: false, valuesAsJson: false }],
])("Excel keeps its work: link in a %s", (_label, support) => {
  it("a new pane after reopening reads the edits, re-plans, and Skriv keeps a later edit", async () => {
    const state = emptyWorkbook();
    const first = openPane(state, support);
    await expect(first.actions.onRefresh()).rejects.toThrow("Skriv arbeidsboken» først");
    const written = await first.actions.onWrite(false);
    expect(written).toMatchObject({ kind: "written", takenIn: 0 });
    expect(state.sheets.map((s) => s.name)).toEqual(["Ark1", ...SHEETS]);
    expect(state.parts.length).toBe(support.customXmlParts ? 1 : 0);
    expect(state.settings.has(WORKBOOK_LINK_SETTING)).toBe(!support.customXmlParts);
    const link = linkIn(state);
    expect(link.planYear).toBe(base.config.planYear);

    // A lead types: two weights, a score, a force-out with reason and comment, feedback to a unit.
    const ranking = first.shown().result.prioritisation!.result!.ranking;
    const top = ranking[0]!.needId;
    const low = ranking[ranking.length - 1]!.needId;
    const m = link.layout.matrix;
    const [w0, w1] = [m.criteriaIds[0]!, m.criteriaIds[1]!];
    typeInto(state, "Matrise", 4, 5, link.state.weights[w0]! + 5);
    typeInto(state, "Matrise", 4, 6, link.state.weights[w1]! - 5);
    const lowRow = rowOf(state, "Matrise", low);
    const scoreCol = 1 + m.firstScoreCol;
    const lowScore = cellAt(state, "Matrise", lowRow, scoreCol).value;
    typeInto(state, "Matrise", lowRow, scoreCol, lowScore === 5 ? 4 : 5);
    const s = link.layout.selection;
    const topRow = rowOf(state, "Utvalg", top);
    typeInto(state, "Utvalg", topRow, 1 + s.forceCol, "Ut");
    typeInto(state, "Utvalg", topRow, 1 + s.forceReasonCol, "Ledelsesbeslutning");
    // Typed with the apostrophe a person uses to enter text starting with "=".
    typeInto(state, "Utvalg", topRow, 1 + s.commentCol, "'=Utsatt etter ledermøtet");
    const rejected = first.shown().result.needs.find((e) => e.status === "rejected")!.id;
    typeInto(
      state,
      "Tilbakemelding",
      rowOf(state, "Tilbakemelding", rejected),
      1 + link.layout.feedback.commentCol,
      "Ring oss",
    );

    // A SharePoint sync in a reopened pane plans with the edits in the document, before any Oppdater.
    const synced = await openPane(state, support).actions.applyEdits(base);
    expect(synced.config.prioritisation?.criteria?.find((c) => c.id === w0)?.weight).toBe(
      link.state.weights[w0]! + 5,
    );

    // Closed and opened again: a new pane, with no memory of the first.
    const recorded: WorkbookChange[][] = [];
    const second = openPane(state, support, recorded);
    expect(await second.actions.onRefresh()).toEqual({ changes: 6, conflicts: [] });
    expect(recorded[0]!.map((c) => c.kind).sort()).toEqual([
      "feedback",
      "force",
      "note",
      "score",
      "weight",
      "weight",
    ]);
    const replanned = second.shown().result;
    const p = replanned.prioritisation!.result!;
    expect(p.criteria.find((c) => c.id === w0)!.weight).toBe(link.state.weights[w0]! + 5);
    expect(p.ranking.find((r) => r.needId === top)).toMatchObject({ selected: false, reason: "forced-out" });
    expect(replanned.decisions.find((d) => d.needId === rejected)!.feedback).toContain("Ring oss");

    // One more score typed, then Skriv without Oppdater: the edit is taken in and shown again.
    const midRow = rowOf(state, "Matrise", ranking[10]!.needId);
    const old = cellAt(state, "Matrise", midRow, scoreCol + 1).value;
    const typed = old === 1 ? 2 : 1;
    typeInto(state, "Matrise", midRow, scoreCol + 1, typed);
    const rewrite = await second.actions.onWrite(false);
    expect(rewrite).toMatchObject({ kind: "written", takenIn: 7 });
    expect(state.sheets.map((x) => x.name)).toEqual(["Ark1", ...SHEETS]);
    expect(cellAt(state, "Matrise", rowOf(state, "Matrise", ranking[10]!.needId), scoreCol + 1).value).toBe(
      typed,
    );
    expect(cellAt(state, "Matrise", 4, 5).value).toBe(link.state.weights[w0]! + 5);
    const topAfter = rowOf(state, "Utvalg", top);
    expect(cellAt(state, "Utvalg", topAfter, 1 + s.forceCol).value).toBe("Ut");
    expect(cellAt(state, "Utvalg", topAfter, 1 + s.commentCol)).toMatchObject({
      type: "String",
      value: "=Utsatt etter ledermøtet",
    });
    expect(cellAt(state, "Utvalg", topAfter, 1 + s.commentCol).formula).toBeUndefined();
    expect(state.parts.length).toBe(support.customXmlParts ? 1 : 0);

    // And a third pane finds nothing new: nothing lost, nothing counted twice.
    const third = openPane(state, support);
    expect(await third.actions.onRefresh()).toEqual({ changes: 0, conflicts: [] });
    expect(third.shown().result.prioritisation!.result!.ranking).toEqual(
      (
        await runPlan(second.shown().input, {
          includeSecurityGraded: false,
          solver: await createHighsSolver(),
        })
      ).prioritisation!.result!.ranking,
    );
  });
});

describe("Skriv never discards edits it cannot take in", () => {
  it("asks first, and overwrites only when told", async () => {
    const state = emptyWorkbook();
    const pane = openPane(state, FULL_SUPPORT);
    await pane.actions.onWrite(false);
    const row = rowOf(state, "Matrise", pane.shown().result.prioritisation!.result!.ranking[0]!.needId);
    typeInto(state, "Matrise", row, 5, 9);
    const asked = await pane.actions.onWrite(false);
    expect(asked.kind).toBe("unsaved");
    expect(asked.kind === "unsaved" && asked.conflicts[0]).toMatch(/^Matrise!E\d+: poeng «9»/);
    expect(cellAt(state, "Matrise", row, 5).value).toBe(9);
    expect(await pane.actions.onWrite(false, true)).toMatchObject({ kind: "written" });
    expect(cellAt(state, "Matrise", row, 5).value).not.toBe(9);
  });
});

describe("a damaged link in the document", () => {
  it("is named; Skriv asks, and Skriv likevel writes the workbook and a sound link again", async () => {
    const state = emptyWorkbook();
    const pane = openPane(state, FULL_SUPPORT);
    await pane.actions.onWrite(false);
    state.parts[0]!.xml = state.parts[0]!.xml.replace('schemaVersion="1"', 'schemaVersion="7"');
    await expect(pane.actions.onRefresh()).rejects.toThrow(
      "Koblingen til planen i arbeidsboken kan ikke brukes (schemaVersion)",
    );
    const asked = await pane.actions.onWrite(false);
    expect(asked).toEqual({ kind: "unsaved", conflicts: [expect.stringContaining("(schemaVersion)")] });
    expect(await pane.actions.onWrite(false, true)).toMatchObject({ kind: "written" });
    expect(state.sheets.map((s) => s.name)).toEqual(["Ark1", ...SHEETS]);
    expect(state.parts.length).toBe(1);
    expect(await pane.actions.onRefresh()).toEqual({ changes: 0, conflicts: [] });
  });
});

describe("a failed write (ExcelApi, injected half way)", () => {
  it.each([
    /^range\.values(AsJson)?:Plan ~ny/,
    /^tables\.add:'Kraljic ~ny'/,
    /^table\.name:tblPlan_ny=tblPlan$/,
  ])("leaves the previous sheets, their values and the link intact (%s)", async (failure) => {
    const state = emptyWorkbook();
    const pane = openPane(state, FULL_SUPPORT);
    await pane.actions.onWrite(false);
    const before = JSON.stringify(state.sheets.map((s) => [s.name, [...s.cells]]));
    const parts = JSON.stringify(state.parts);
    const tables = JSON.stringify(state.tables);
    const again = openPane(state, FULL_SUPPORT);
    again.fake.failAt(failure);
    await expect(again.actions.onWrite(false)).rejects.toThrow("injected");
    if (failure.source.startsWith("^table\\.name")) {
      // The swap batch itself failed after deleting: documented as the one non-atomic step.
      return;
    }
    expect(JSON.stringify(state.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
    expect(JSON.stringify(state.parts)).toBe(parts);
    expect(JSON.stringify(state.tables)).toBe(tables);
  });
});

describe("sheets that are not ours", () => {
  it("are left alone; a name clash is reported before anything changes", async () => {
    const state = emptyWorkbook();
    typeInto(state, "Ark1", 1, 1, "mine");
    state.sheets.push({ id: "{U1}", name: "Plan", cells: new Map() });
    const pane = openPane(state, FULL_SUPPORT);
    await expect(pane.actions.onWrite(false)).rejects.toThrow(
      "Arket «Plan» finnes allerede og er ikke skrevet av Anskaffelsesplan",
    );
    expect(state.sheets.map((s) => s.name)).toEqual(["Ark1", "Plan"]);

    state.sheets = state.sheets.filter((s) => s.name !== "Plan");
    state.tables.push({ name: "tblMatrise", sheetId: "{S1}", ref: "A1:B2" });
    await expect(pane.actions.onWrite(false)).rejects.toThrow("Tabellen «tblMatrise» på arket «Ark1»");
    state.tables = [];

    await pane.actions.onWrite(false);
    state.sheets.push({ id: "{U2}", name: "Notater fra møtet", cells: new Map() });
    await pane.actions.onWrite(false);
    expect(state.sheets.map((s) => s.name)).toEqual(["Ark1", "Notater fra møtet", ...SHEETS]);
    expect(cellAt(state, "Ark1", 1, 1).value).toBe("mine");
  });
});
