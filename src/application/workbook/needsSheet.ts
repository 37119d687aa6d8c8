/**
 * Innmeldinger: every received need, accepted or rejected, with its validation status and errors.
 * Rejected records have no validated content, so only id, row, status and errors are shown.
 */
import type { SheetModel, CellOrEmpty } from "../../domain/workbook/workbookModel";
import { num, optionalDate, optionalText, text } from "../../domain/workbook/cellText";
import { rangeRef } from "../../domain/workbook/a1";
import { SheetBuilder } from "./sheetBuilder";
import type { WorkbookContext } from "./workbookInput";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES, TABLE_NAMES } from "./workbookStyle";

const HEADER_ROW = 3;

/** The Innmeldinger sheet. */
export function needsSheet(ctx: WorkbookContext): SheetModel {
  const { t } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.needs);
  b.block(1, 1, [[text(t("title.needs", { year: ctx.input.plan.planYear }))]]);
  const header = [
    "col.id",
    "col.row",
    "col.status",
    "col.title",
    "col.unit",
    "col.area",
    "col.category",
    "col.subcategory",
    "col.value",
    "col.neededBy",
    "col.graded",
    "col.errors",
  ].map((k) => text(t(k)));
  const rejected = t("status.rejected");
  const body: CellOrEmpty[][] = ctx.entries.map((e) => {
    const need = e.need;
    const errors = e.errors.map((err) => err.message[ctx.locale]).join("\n");
    if (need === undefined) {
      return [
        text(e.id),
        num(e.row),
        text(rejected),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        text(errors),
      ];
    }
    return [
      text(e.id),
      num(e.row),
      text(t(e.status === "accepted" ? "status.accepted" : "status.rejected")),
      text(need.title),
      text(ctx.unitName(need.unit)),
      text(need.area),
      text(ctx.categoryName(need.category)),
      optionalText(ctx.subcategoryName(need.category, need.subcategory)),
      num(need.estimatedValue),
      optionalDate(need.neededBy),
      text(t(need.securityGraded ? "yes" : "no")),
      errors === "" ? null : text(errors),
    ];
  });
  b.block(HEADER_ROW, 1, [header, ...body]);
  b.table(TABLE_NAMES.needs, HEADER_ROW, 1, header.length, body.length);
  const last = HEADER_ROW + Math.max(body.length, 1);
  b.format({ ref: "A1", bold: true })
    .format({ ref: rangeRef(HEADER_ROW, 1, HEADER_ROW, header.length), bold: true })
    .format({ ref: rangeRef(HEADER_ROW + 1, 9, last, 9), numberFormat: NUMBER_FORMATS.money })
    .format({ ref: rangeRef(HEADER_ROW + 1, 10, last, 10), numberFormat: NUMBER_FORMATS.date })
    .format({ ref: rangeRef(HEADER_ROW + 1, 12, last, 12), wrap: true })
    .widthsFrom(1, [12, 6, 10, 40, 22, 14, 22, 22, 14, 12, 9, 60])
    .freezePanes(HEADER_ROW, 1)
    .conditional({
      kind: "cellValue",
      ref: rangeRef(HEADER_ROW + 1, 3, last, 3),
      operator: "equal",
      formula1: `"${rejected.replace(/"/g, '""')}"`,
      fill: COLORS.rejected,
    });
  return b.build();
}
