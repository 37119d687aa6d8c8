/**
 * Kapasitet: weekly utilisation per person — load ÷ capacity, in percent of what the person can
 * give that week — as a heat map (white 0 %, yellow 70 %, red 100 %). The scheduler's utilisation
 * is used when given (holidays and absences included); otherwise load comes from the phases and
 * capacity is the person's availability.
 */
import type { SheetModel, CellOrEmpty } from "../../domain/workbook/workbookModel";
import { date, num, text } from "../../domain/workbook/cellText";
import { rangeRef } from "../../domain/workbook/a1";
import type { IsoDate } from "../../domain/time/isoDate";
import { SheetBuilder } from "./sheetBuilder";
import type { WeeklyUtilisation, WorkbookContext } from "./workbookInput";
import { isoWeekNumber, scheduleWeeks, weeklyLoad } from "./weeks";
import { COLORS, NUMBER_FORMATS, SHEET_NAMES } from "./workbookStyle";

const HEADER_ROW = 3;
const FIXED_COLS = 3;

/** Utilisation from the phases when the scheduler gave none: capacity = availability every week. */
function derivedUtilisation(ctx: WorkbookContext): WeeklyUtilisation {
  const weekStarts = scheduleWeeks(ctx.input.schedule);
  const load = weeklyLoad(ctx.input.schedule, weekStarts);
  return {
    weekStarts,
    people: ctx.input.people.map((p) => ({
      personId: p.id,
      load: load.get(p.id) ?? weekStarts.map(() => 0),
      capacity: weekStarts.map(() => p.availability),
    })),
  };
}

/** Load ÷ capacity rounded to 0.1 %; a week without capacity shows its load (0 when idle). */
function ratio(load: number, capacity: number): number {
  const r = capacity > 0 ? load / capacity : load;
  return Math.round(r * 1000) / 1000;
}

/** The Kapasitet sheet. */
export function capacitySheet(ctx: WorkbookContext): SheetModel {
  const { t } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.capacity);
  const utilisation = ctx.input.utilisation ?? derivedUtilisation(ctx);
  const weeks: readonly IsoDate[] = utilisation.weekStarts;
  const byPerson = new Map(utilisation.people.map((u) => [u.personId, u]));
  const unknown = [...byPerson.keys()].filter((id) => !ctx.input.people.some((p) => p.id === id));
  if (unknown.length > 0)
    throw new Error(`Workbook: the utilisation names unknown people: ${unknown.join(", ")}`);
  const people = [...ctx.input.people].sort((a, c) =>
    a.role !== c.role ? (a.role === "lead" ? -1 : 1) : a.id < c.id ? -1 : a.id > c.id ? 1 : 0,
  );

  b.block(1, 1, [[text(t("title.capacity", { year: ctx.input.plan.planYear }))]]);
  if (weeks.length > 0) {
    b.block(HEADER_ROW - 1, FIXED_COLS, [
      [text(t("label.week")), ...weeks.map((w) => num(isoWeekNumber(w)))],
    ]);
  }
  const header: CellOrEmpty[] = [
    text(t("col.person")),
    text(t("col.role")),
    text(t("col.availability")),
    ...weeks.map((w) => date(w)),
  ];
  const body: CellOrEmpty[][] = people.map((p) => {
    const u = byPerson.get(p.id);
    return [
      text(p.name),
      text(t(`role.${p.role}`)),
      num(p.availability),
      ...weeks.map((_, i) => num(u === undefined ? 0 : ratio(u.load[i] ?? 0, u.capacity[i] ?? 0))),
    ];
  });
  b.block(HEADER_ROW, 1, [header, ...body]);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(body.length, 1);
  const lastCol = FIXED_COLS + weeks.length;
  b.format({ ref: "A1", bold: true })
    .format({ ref: rangeRef(HEADER_ROW, 1, HEADER_ROW, lastCol), bold: true })
    .format({ ref: rangeRef(first, 3, last, 3), numberFormat: NUMBER_FORMATS.percent })
    .widthsFrom(1, [26, 18, 12, ...weeks.map(() => 6)])
    .freezePanes(HEADER_ROW, 1);
  if (weeks.length > 0) {
    const heat = rangeRef(first, FIXED_COLS + 1, last, lastCol);
    b.format({
      ref: rangeRef(HEADER_ROW, FIXED_COLS + 1, HEADER_ROW, lastCol),
      numberFormat: NUMBER_FORMATS.shortDate,
    })
      .format({
        ref: rangeRef(HEADER_ROW - 1, FIXED_COLS + 1, HEADER_ROW - 1, lastCol),
        numberFormat: NUMBER_FORMATS.integer,
      })
      .format({ ref: heat, numberFormat: NUMBER_FORMATS.percent })
      .conditional({
        kind: "colorScale",
        ref: heat,
        points: [
          { value: 0, color: COLORS.white },
          { value: 0.7, color: COLORS.mid },
          { value: 1, color: COLORS.bad },
        ],
      });
  }
  return b.build();
}
