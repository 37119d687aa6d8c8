/**
 * Årshjul: the annual wheel's status (docs/insight.md) as a sheet of the workbook model, so the
 * Office.js writer and the .xlsx writer both show it — the stage on the as-of date, the milestones
 * with their dates and days left (the next one marked), the units that have submitted and those
 * that have not, the late submissions, and what is still open before the next deadline. Ids and
 * numbers only: no need's text, so graded content cannot reach the sheet.
 */
import type { WheelStatus } from "../../domain/insight/annualWheel";
import { rangeRef } from "../../domain/workbook/a1";
import { date, num, text } from "../../domain/workbook/cellText";
import type { CellOrEmpty, SheetModel, WorkbookModel } from "../../domain/workbook/workbookModel";
import { formatDate, translate, type Locale } from "../../i18n/locale";
import { INSIGHT_MESSAGES } from "../../i18n/insightMessages";
import { WHEEL_SHEET_MESSAGES } from "../../i18n/wheelSheetMessages";
import { SheetBuilder } from "./sheetBuilder";
import { NUMBER_FORMATS } from "./workbookStyle";

/** The sheet's fixed Norwegian name. */
export const WHEEL_SHEET = { name: "Årshjul" } as const;

/** First row of the milestone table (its header). */
export const WHEEL_MILESTONE_ROW = 3;

/** What the sheet is made of. */
export interface WheelSheetInput {
  readonly wheel: WheelStatus;
  readonly planYear: number;
  /** Unit id → the unit's name. */
  readonly unitName: (id: string) => string;
  readonly locale: Locale;
}

type Say = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** A block of rows at `row` with a bold header and date formats on date cells; returns the next free row. */
function table(
  b: SheetBuilder,
  row: number,
  header: readonly string[],
  body: readonly CellOrEmpty[][],
): number {
  b.block(row, 1, [header.map((h) => text(h)), ...body]);
  b.format({ ref: rangeRef(row, 1, row, header.length), bold: true });
  body.forEach((cells, i) =>
    cells.forEach((cell, c) => {
      if (cell?.kind === "date")
        b.format({
          ref: rangeRef(row + 1 + i, c + 1, row + 1 + i, c + 1),
          numberFormat: NUMBER_FORMATS.date,
        });
    }),
  );
  return row + body.length + 2;
}

function milestoneRows(wheel: WheelStatus, insight: Say, say: Say): CellOrEmpty[][] {
  return wheel.milestones.map((m) => [
    text(insight(`milestone.${m.id}`)),
    date(m.date),
    num(m.daysLeft),
    text(m.passed ? say("yes") : say("no")),
    wheel.next && wheel.next.id === m.id && wheel.next.date === m.date ? text(say("next")) : null,
  ]);
}

function unitRows(input: WheelSheetInput, say: Say): CellOrEmpty[][] {
  const { wheel, unitName } = input;
  return [
    ...wheel.submitted.map((s) => [
      text(unitName(s.unit)),
      text(say("submitted")),
      num(s.needs),
      num(s.late),
    ]),
    ...wheel.notSubmitted.map((u) => [text(unitName(u)), text(say("notSubmitted")), num(0), num(0)]),
  ];
}

/** The Årshjul sheet for the wheel's status. */
export function wheelSheet(input: WheelSheetInput): SheetModel {
  const { wheel, locale } = input;
  const say: Say = (key, params) => translate(WHEEL_SHEET_MESSAGES, locale, key, params);
  const insight: Say = (key, params) => translate(INSIGHT_MESSAGES, locale, key, params);
  const b = new SheetBuilder(WHEEL_SHEET.name);
  const title = insight("wheel.title", {
    year: input.planYear,
    asOf: formatDate(wheel.asOf, locale),
    stage: insight(`stage.${wheel.stage}`),
  });
  b.block(1, 1, [[text(title)]]).format({ ref: "A1", bold: true });
  let row = table(
    b,
    WHEEL_MILESTONE_ROW,
    [say("milestone"), say("date"), say("daysLeft"), say("passed"), say("next")],
    milestoneRows(wheel, insight, say),
  );
  row = table(b, row, [say("unit"), say("status"), say("needs"), say("late")], unitRows(input, say));
  row = table(
    b,
    row,
    [say("lateNeed"), say("unit"), say("received"), say("daysLate")],
    wheel.late.map((l) => [
      text(l.needId),
      text(input.unitName(l.unit)),
      date(l.receivedDate),
      num(l.daysLate),
    ]),
  );
  table(
    b,
    row,
    [say("open"), say("count")],
    [
      [text(say("unscored")), num(wheel.open.unscoredNeeds.length)],
      [text(say("suggestions")), num(wheel.open.openSuggestions)],
      [text(say("approvals")), num(wheel.open.approvalsPending.length)],
      [text(say("noReceipt")), num(wheel.withoutReceiptDate)],
    ],
  );
  b.widthsFrom(1, [36, 16, 16, 16, 12]);
  return b.build();
}

/** The workbook with the Årshjul sheet added last (replacing an earlier one). */
export function withWheelSheet(workbook: WorkbookModel, input: WheelSheetInput): WorkbookModel {
  const sheets = workbook.sheets.filter((s) => s.name !== WHEEL_SHEET.name);
  return { ...workbook, sheets: [...sheets, wheelSheet(input)] };
}
