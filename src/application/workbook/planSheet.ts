/**
 * Plan: the schedule, one row per scheduled need, with a week-by-week Gantt band drawn by
 * conditional formatting (procurement phases dark, late ones red, implementation light). The week
 * columns hold no values: the band is computed from the start/signed/finish dates in the row.
 */
import type { SheetModel, CellOrEmpty } from "../../domain/workbook/workbookModel";
import { date, num, optionalDate, optionalText, text } from "../../domain/workbook/cellText";
import { columnLetter, rangeRef } from "../../domain/workbook/a1";
import { SheetBuilder } from "./sheetBuilder";
import type { WorkbookContext } from "./workbookInput";
import { isoWeekNumber, scheduleWeeks } from "./weeks";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES, TABLE_NAMES } from "./workbookStyle";
import { PROCUREMENT_TERMS } from "../../i18n/procurementTerms";
import { translate } from "../../i18n/locale";

const HEADER_ROW = 3;
const FIXED_COLS = 10;
/** Width of a week column: `dd.mm` (and a two-digit week number) with room to spare in every locale. */
const WEEK_WIDTH = 7;

/** The Plan sheet. */
export function planSheet(ctx: WorkbookContext): SheetModel {
  const { t } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.plan);
  const schedule = [...ctx.input.schedule].sort((a, c) =>
    a.start !== c.start
      ? a.start < c.start
        ? -1
        : 1
      : a.needId < c.needId
        ? -1
        : a.needId > c.needId
          ? 1
          : 0,
  );
  const weeks = scheduleWeeks(schedule);
  b.block(1, 1, [[text(t("title.plan", { year: ctx.input.plan.planYear }))]]);
  if (weeks.length > 0) {
    b.block(HEADER_ROW - 1, FIXED_COLS, [
      [text(t("label.week")), ...weeks.map((w) => num(isoWeekNumber(w)))],
    ]);
  }
  const header: CellOrEmpty[] = [
    ...[
      "col.id",
      "col.title",
      "col.procedure",
      "col.lead",
      "col.lawyer",
      "col.start",
      "col.signed",
      "col.finish",
      "col.deadline",
      "col.daysLate",
    ].map((k) => text(t(k))),
    ...weeks.map((w) => date(w)),
  ];
  const body: CellOrEmpty[][] = schedule.map((s) => [
    text(s.needId),
    text(ctx.needById.get(s.needId)?.title ?? s.needId),
    text(translate(PROCUREMENT_TERMS, ctx.locale, `procedure.${s.procedure}`)),
    text(ctx.personName(s.leadId) ?? s.leadId),
    optionalText(ctx.personName(s.lawyerId)),
    date(s.start),
    date(s.contractSigned),
    date(s.finish),
    optionalDate(s.deadline),
    num(s.daysLate),
  ]);
  // The week columns hold no values (the band is conditional formatting), so the body block stops
  // at the fixed columns and only the header row spans the weeks.
  b.block(HEADER_ROW, 1, [header]);
  b.block(HEADER_ROW + 1, 1, body);
  b.table(TABLE_NAMES.plan, HEADER_ROW, 1, FIXED_COLS, body.length);

  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(body.length, 1);
  b.format({ ref: "A1", bold: true })
    .format({ ref: rangeRef(HEADER_ROW, 1, HEADER_ROW, FIXED_COLS + weeks.length), bold: true })
    .format({ ref: rangeRef(first, 6, last, 9), numberFormat: NUMBER_FORMATS.date })
    .format({ ref: rangeRef(first, 10, last, 10), numberFormat: NUMBER_FORMATS.integer })
    .widthsFrom(1, [12, 40, 30, 22, 22, 11, 11, 11, 11, 8, ...weeks.map(() => WEEK_WIDTH)])
    .freezePanes(HEADER_ROW, 2)
    .conditional({
      kind: "cellValue",
      ref: rangeRef(first, 10, last, 10),
      operator: "greaterThan",
      formula1: "0",
      fill: COLORS.late,
    });
  if (weeks.length > 0) {
    const c1 = FIXED_COLS + 1;
    const band = rangeRef(first, c1, last, FIXED_COLS + weeks.length);
    const w = `${columnLetter(c1)}$${HEADER_ROW}`;
    const start = `$F${first}`;
    const signed = `$G${first}`;
    const finish = `$H${first}`;
    b.format({
      ref: rangeRef(HEADER_ROW - 1, c1, HEADER_ROW, FIXED_COLS + weeks.length),
      numberFormat: NUMBER_FORMATS.shortDate,
      horizontal: "center",
    })
      .format({
        ref: rangeRef(HEADER_ROW - 1, c1, HEADER_ROW - 1, FIXED_COLS + weeks.length),
        numberFormat: NUMBER_FORMATS.integer,
      })
      .conditional({
        kind: "expression",
        ref: band,
        formula: `AND($J${first}>0,${w}<=${signed},${w}+6>=${start})`,
        fill: COLORS.late,
      })
      .conditional({
        kind: "expression",
        ref: band,
        formula: `AND(${w}<=${signed},${w}+6>=${start})`,
        fill: COLORS.procurementBand,
      })
      .conditional({
        kind: "expression",
        ref: band,
        formula: `AND(${w}<=${finish},${w}+6>${signed})`,
        fill: COLORS.implementationBand,
      });
  }
  return b.build();
}
