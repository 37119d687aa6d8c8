/**
 * Endringer: the difference between two plan versions as a sheet of the workbook model, so the
 * Office.js writer and the .xlsx writer both show it — the counts per kind of change, then one
 * row per change (a moved need has a row per changed field: rank, planned start, planned finish).
 * Titles of security-graded needs are hidden (the diff hides them), and every title is a text cell.
 */
import type { DiffNeed, VersionDiff } from "../../domain/planYear/versionDiffTypes";
import type { CellOrEmpty, SheetModel, WorkbookModel } from "../../domain/workbook/workbookModel";
import { date, num, text } from "../../domain/workbook/cellText";
import { rangeRef } from "../../domain/workbook/a1";
import type { IsoDate } from "../../domain/time/isoDate";
import type { Locale } from "../../i18n/locale";
import { decisionWords, versionText } from "../../i18n/versionMessages";
import { SheetBuilder } from "./sheetBuilder";
import { NUMBER_FORMATS } from "./workbookStyle";

/** The sheet's fixed Norwegian name and its table's name. */
export const CHANGES_SHEET = { name: "Endringer", table: "tblEndringer" } as const;

/** Header row of the change table. */
export const CHANGES_HEADER_ROW = 11;

const KINDS = ["added", "dropped", "moved", "newlyLate", "decisionChanged", "unchanged"] as const;

type Value = string | number | IsoDate | null;
/** One row of the change table before it becomes cells. */
interface ChangeRow {
  readonly kind: (typeof KINDS)[number];
  readonly need: DiffNeed;
  readonly field?: string;
  readonly from?: CellOrEmpty;
  readonly to?: CellOrEmpty;
}

const dateOrEmpty = (v: Value): CellOrEmpty => (v === null ? null : date(String(v)));
const rankOrEmpty = (v: number | null): CellOrEmpty => (v === null ? null : num(v));

function changeRows(diff: VersionDiff, locale: Locale): ChangeRow[] {
  const t = (key: string) => versionText(locale, key);
  const rows: ChangeRow[] = [
    ...diff.added.map((need) => ({ kind: "added" as const, need })),
    ...diff.dropped.map((need) => ({ kind: "dropped" as const, need })),
  ];
  for (const m of diff.moved) {
    if (m.rank)
      rows.push({
        kind: "moved",
        need: m,
        field: t("field.rank"),
        from: rankOrEmpty(m.rank.from),
        to: rankOrEmpty(m.rank.to),
      });
    if (m.start)
      rows.push({
        kind: "moved",
        need: m,
        field: t("field.start"),
        from: dateOrEmpty(m.start.from),
        to: dateOrEmpty(m.start.to),
      });
    if (m.finish)
      rows.push({
        kind: "moved",
        need: m,
        field: t("field.finish"),
        from: dateOrEmpty(m.finish.from),
        to: dateOrEmpty(m.finish.to),
      });
  }
  for (const l of diff.newlyLate)
    rows.push({ kind: "newlyLate", need: l, field: t("field.daysLate"), to: num(l.daysLate) });
  for (const d of diff.decisionChanged)
    rows.push({
      kind: "decisionChanged",
      need: d,
      field: t("field.decision"),
      from: text(decisionWords(d.from, locale)),
      to: text(decisionWords(d.to, locale)),
    });
  return rows;
}

/** The Endringer sheet for a diff, in the locale's words. */
export function diffSheet(diff: VersionDiff, locale: Locale): SheetModel {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    versionText(locale, key, params);
  const b = new SheetBuilder(CHANGES_SHEET.name);
  b.block(1, 1, [[text(t("sheet.title", { from: diff.from, to: diff.to }))]]);
  b.block(3, 1, [
    [text(t("sheet.kind")), text(t("sheet.count"))],
    ...KINDS.map((k) => [text(t(`kind.${k}`)), num(diff.counts[k])]),
  ]);
  const header = [
    "sheet.kind",
    "sheet.need",
    "sheet.needTitle",
    "sheet.part",
    "sheet.field",
    "sheet.from",
    "sheet.to",
  ];
  const rows = changeRows(diff, locale);
  const body: CellOrEmpty[][] = rows.map((r) => [
    text(t(`kind.${r.kind}`)),
    text(r.need.needId),
    r.need.title === "" ? null : text(r.need.title),
    r.need.part === null ? null : text(t(`part.${r.need.part}`)),
    r.field === undefined ? null : text(r.field),
    r.from ?? null,
    r.to ?? null,
  ]);
  b.block(CHANGES_HEADER_ROW, 1, [header.map((k) => text(t(k))), ...body]);
  b.table(CHANGES_SHEET.table, CHANGES_HEADER_ROW, 1, header.length, body.length);
  b.format({ ref: "A1", bold: true })
    .format({ ref: rangeRef(3, 1, 3, 2), bold: true })
    .format({ ref: rangeRef(CHANGES_HEADER_ROW, 1, CHANGES_HEADER_ROW, header.length), bold: true });
  body.forEach((cells, i) => {
    cells.forEach((cell, c) => {
      if (cell?.kind === "date")
        b.format({
          ref: rangeRef(CHANGES_HEADER_ROW + 1 + i, c + 1, CHANGES_HEADER_ROW + 1 + i, c + 1),
          numberFormat: NUMBER_FORMATS.date,
        });
    });
  });
  b.widthsFrom(1, [18, 14, 40, 28, 20, 14, 14]);
  return b.build();
}

/** The workbook with the Endringer sheet added last (replacing an earlier one). */
export function withChangesSheet(workbook: WorkbookModel, diff: VersionDiff, locale: Locale): WorkbookModel {
  const sheets = workbook.sheets.filter((s) => s.name !== CHANGES_SHEET.name);
  return { ...workbook, sheets: [...sheets, diffSheet(diff, locale)] };
}
