/**
 * Tilbakemelding: specific feedback per unit on every need it submitted — status (rejected at
 * intake, prioritised, not prioritised), rank, planned dates, the reason, and an editable comment.
 */
import type { SheetModel, CellOrEmpty } from "../../domain/workbook/workbookModel";
import { date, num, optionalText, text } from "../../domain/workbook/cellText";
import { rangeRef } from "../../domain/workbook/a1";
import { SheetBuilder } from "./sheetBuilder";
import type { WorkbookContext } from "./workbookInput";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES, TABLE_NAMES } from "./workbookStyle";
import { ownValue } from "../../domain/model/dataRecord";

/** Header row of the Tilbakemelding table. */
export const FEEDBACK_HEADER_ROW = 3;
/** 0-based column offsets of the Tilbakemelding table. */
export const FEEDBACK_COLS = { unit: 0, id: 1, comment: 8 };

/** The Tilbakemelding sheet. */
export function feedbackSheet(ctx: WorkbookContext): SheetModel {
  const { t } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.feedback);
  const rows = ctx.entries.map((e) => ({ e, unit: e.need ? ctx.unitName(e.need.unit) : "" }));
  rows.sort((a, c) =>
    a.unit !== c.unit
      ? a.unit < c.unit
        ? -1
        : 1
      : a.e.id < c.e.id
        ? -1
        : a.e.id > c.e.id
          ? 1
          : a.e.row - c.e.row,
  );
  b.block(1, 1, [[text(t("title.feedback", { year: ctx.input.plan.planYear }))]]);
  const header = [
    "col.unit",
    "col.id",
    "col.title",
    "col.status",
    "col.rank",
    "col.plannedStart",
    "col.signed",
    "col.reason",
    "col.comment",
  ].map((k) => text(t(k)));
  const body: CellOrEmpty[][] = rows.map(({ e, unit }) => {
    const comment = optionalText(ownValue(ctx.input.feedback, e.id));
    if (e.need === undefined) {
      const errors = e.errors.map((err) => err.message[ctx.locale]).join("\n");
      return [null, text(e.id), null, text(t("feedback.rejected")), null, null, null, text(errors), comment];
    }
    const ranked = ctx.rankingById.get(e.id);
    const scheduled = ctx.scheduleById.get(e.id);
    const status =
      ranked === undefined
        ? "feedback.notRanked"
        : ranked.selected
          ? "feedback.planned"
          : "feedback.notPlanned";
    return [
      text(unit),
      text(e.id),
      text(e.need.title),
      text(t(status)),
      ranked ? num(ranked.rank) : null,
      scheduled ? date(scheduled.start) : null,
      scheduled ? date(scheduled.contractSigned) : null,
      ranked ? text(t(`reason.${ranked.reason}`)) : null,
      comment,
    ];
  });
  b.block(FEEDBACK_HEADER_ROW, 1, [header, ...body]);
  b.table(TABLE_NAMES.feedback, FEEDBACK_HEADER_ROW, 1, header.length, body.length);
  const first = FEEDBACK_HEADER_ROW + 1;
  const last = FEEDBACK_HEADER_ROW + Math.max(body.length, 1);
  b.format({ ref: "A1", bold: true })
    .format({ ref: rangeRef(FEEDBACK_HEADER_ROW, 1, FEEDBACK_HEADER_ROW, header.length), bold: true })
    .format({ ref: rangeRef(first, 5, last, 5), numberFormat: NUMBER_FORMATS.integer })
    .format({ ref: rangeRef(first, 6, last, 7), numberFormat: NUMBER_FORMATS.date })
    .format({ ref: rangeRef(first, 8, last, 8), wrap: true })
    .format({ ref: rangeRef(first, 9, last, 9), fill: COLORS.inputFill, wrap: true })
    .widthsFrom(1, [26, 12, 40, 16, 9, 12, 12, 36, 50])
    .freezePanes(FEEDBACK_HEADER_ROW, 0);
  return b.build();
}
