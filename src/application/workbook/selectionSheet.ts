/**
 * Utvalg: every accepted need in rank order with its selection (in/out) and reason, the editable
 * force-in/force-out columns (direction, reason, comment), and budget and capacity used as formulas.
 */
import type { SheetModel, CellOrEmpty } from "../../domain/workbook/workbookModel";
import { formula, num, optionalText, text } from "../../domain/workbook/cellText";
import { cellRef, rangeRef } from "../../domain/workbook/a1";
import type { ForceReason } from "../../domain/prioritisation/prioritisationTypes";
import { SheetBuilder } from "./sheetBuilder";
import { needEffortWeeks, type WorkbookContext, type WorkbookRankedNeed } from "./workbookInput";
import type { Locale } from "../../i18n/locale";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES, TABLE_NAMES } from "./workbookStyle";
import { ownValue } from "../../domain/model/dataRecord";

/** Header row of the Utvalg table. */
export const SELECTION_HEADER_ROW = 7;
/** The force reasons offered in the Tvangsgrunn drop-down, in order. */
export const FORCE_REASONS: readonly ForceReason[] = [
  "legal-obligation",
  "contract-expiring",
  "management-decision",
];
/** 0-based column offsets of the Utvalg table. */
export const SELECTION_COLS = {
  id: 0,
  value: 4,
  effort: 5,
  selected: 6,
  force: 8,
  forceReason: 9,
  comment: 10,
};

/** The Utvalg sheet. */
export function selectionSheet(ctx: WorkbookContext): SheetModel {
  const { t } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.selection);
  const ordered = [...ctx.needs].sort((a, c) => {
    const ra = ctx.rankingById.get(a.id)?.rank ?? Number.POSITIVE_INFINITY;
    const rc = ctx.rankingById.get(c.id)?.rank ?? Number.POSITIVE_INFINITY;
    return ra !== rc ? ra - rc : a.id < c.id ? -1 : a.id > c.id ? 1 : 0;
  });
  const first = SELECTION_HEADER_ROW + 1;
  const last = SELECTION_HEADER_ROW + Math.max(ordered.length, 1);
  const col = (offset: number) => offset + 1;
  const colRange = (offset: number) => rangeRef(first, col(offset), last, col(offset), true);
  const yes = t("yes");
  const usedFormula = (offset: number) =>
    `SUMIFS(${colRange(offset)},${colRange(SELECTION_COLS.selected)},"${yes}")`;

  const selectedValue = ctx.input.ranking
    .filter((r) => r.selected)
    .reduce((s, r) => s + (ctx.needById.get(r.needId)?.estimatedValue ?? 0), 0);
  const selectedEffort = ctx.input.ranking
    .filter((r) => r.selected)
    .reduce((s, r) => s + (needEffortWeeks(ctx, r.needId) ?? 0), 0);
  const limit = (value: number | undefined) =>
    value === undefined ? text(t("label.notAvailable")) : num(value);
  const left = (limitValue: number | undefined, limitCell: string, usedCell: string, used: number) =>
    limitValue === undefined
      ? text(t("label.notAvailable"))
      : formula(`${limitCell}-${usedCell}`, limitValue - used);

  b.block(1, 1, [[text(t("title.selection", { year: ctx.input.plan.planYear }))]]);
  b.block(3, 1, [
    [
      text(t("label.budget")),
      limit(ctx.input.budget),
      null,
      text(t("label.capacity")),
      limit(ctx.input.capacityWeeks),
    ],
    [
      text(t("label.budgetUsed")),
      formula(usedFormula(SELECTION_COLS.value), selectedValue),
      null,
      text(t("label.capacityUsed")),
      formula(usedFormula(SELECTION_COLS.effort), Math.round(selectedEffort * 100) / 100),
    ],
    [
      text(t("label.budgetLeft")),
      left(ctx.input.budget, "B3", "B4", selectedValue),
      null,
      text(t("label.capacityLeft")),
      left(ctx.input.capacityWeeks, "E3", "E4", selectedEffort),
    ],
  ]);

  const header = [
    "col.id",
    "col.title",
    "col.rank",
    "col.score",
    "col.value",
    "col.effort",
    "col.selected",
    "col.reason",
    "col.force",
    "col.forceReason",
    "col.comment",
  ].map((k) => text(t(k)));
  const body: CellOrEmpty[][] = ordered.map((need) => {
    const ranked = ctx.rankingById.get(need.id);
    const forced = ctx.forcedById.get(need.id);
    const effort = needEffortWeeks(ctx, need.id);
    return [
      text(need.id),
      text(need.title),
      ranked ? num(ranked.rank) : null,
      ranked ? num(ranked.score) : null,
      num(need.estimatedValue),
      effort === undefined ? null : num(effort),
      ranked ? text(t(ranked.selected ? "yes" : "no")) : null,
      ranked ? text(reasonText(ranked, t(`reason.${ranked.reason}`), ctx.locale)) : null,
      forced ? text(t(forced.direction === "in" ? "force.in" : "force.out")) : null,
      forced ? text(t(`forceReason.${forced.reason}`)) : null,
      optionalText(ownValue(ctx.input.notes, need.id) ?? forced?.comment),
    ];
  });
  b.block(SELECTION_HEADER_ROW, 1, [header, ...body]);
  b.table(TABLE_NAMES.selection, SELECTION_HEADER_ROW, 1, header.length, body.length);

  const editable = rangeRef(first, col(SELECTION_COLS.force), last, col(SELECTION_COLS.comment));
  b.format({ ref: "A1", bold: true })
    .format({ ref: "A3:A5", bold: true })
    .format({ ref: "D3:D5", bold: true })
    .format({ ref: "B3:B5", numberFormat: NUMBER_FORMATS.money })
    .format({ ref: "E3:E5", numberFormat: NUMBER_FORMATS.decimal })
    .format({
      ref: rangeRef(SELECTION_HEADER_ROW, 1, SELECTION_HEADER_ROW, header.length),
      bold: true,
      wrap: true,
    })
    .format({ ref: rangeRef(first, 4, last, 4), numberFormat: NUMBER_FORMATS.score })
    .format({ ref: rangeRef(first, 5, last, 5), numberFormat: NUMBER_FORMATS.money })
    .format({ ref: rangeRef(first, 6, last, 6), numberFormat: NUMBER_FORMATS.decimal })
    .format({ ref: editable, fill: COLORS.inputFill })
    .widthsFrom(1, [12, 40, 9, 9, 14, 10, 8, 30, 10, 22, 40])
    .freezePanes(SELECTION_HEADER_ROW, 2)
    .conditional({
      kind: "cellValue",
      ref: rangeRef(first, 7, last, 7),
      operator: "equal",
      formula1: `"${yes.replace(/"/g, '""')}"`,
      fill: COLORS.good,
    })
    .conditional({
      kind: "cellValue",
      ref: cellRef(5, 2),
      operator: "lessThan",
      formula1: "0",
      fill: COLORS.bad,
    })
    .conditional({
      kind: "cellValue",
      ref: cellRef(5, 5),
      operator: "lessThan",
      formula1: "0",
      fill: COLORS.bad,
    });
  b.validate({
    kind: "list",
    ref: rangeRef(first, col(SELECTION_COLS.force), last, col(SELECTION_COLS.force)),
    items: [t("force.in"), t("force.out")],
    errorTitle: t("validation.forceTitle"),
    errorMessage: t("validation.force"),
  }).validate({
    kind: "list",
    ref: rangeRef(first, col(SELECTION_COLS.forceReason), last, col(SELECTION_COLS.forceReason)),
    items: FORCE_REASONS.map((r) => t(`forceReason.${r}`)),
    errorTitle: t("validation.forceReasonTitle"),
    errorMessage: t("validation.forceReason"),
  });
  return b.build();
}

/** The reason word, and for a need left out: by how much a limit falls short and what lets it in. */
function reasonText(ranked: WorkbookRankedNeed, word: string, locale: Locale): string {
  const why = (ranked.explanation ?? []).filter(
    (e) => e.code.startsWith("explain-short") || e.code.startsWith("explain-let-in"),
  );
  const lines = why.flatMap((e) => (e.message ? [e.message[locale]] : []));
  return ranked.selected || lines.length === 0 ? word : `${word}: ${lines.join(" ")}`;
}
