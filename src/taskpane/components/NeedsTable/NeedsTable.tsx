/**
 * The needs list: one row per input need with its validation status, laid out for the pane's width
 * (two-line rows in a 350 px pane, a table with column headers where the list has room). Accepted
 * needs show their (possibly redacted) content; rejected needs show what was submitted and their
 * errors in the UI language. The id opens the need's details. A long list is drawn in steps
 * (`useIncrementalRows`) and rows already drawn are not drawn again, so the page never freezes.
 */
import {
  Badge,
  Button,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { memo, useState } from "react";
import type { PlanNeedEntry } from "../../../application/planResult";
import { formatDate, formatMoney, type Locale } from "../../../i18n/locale";
import type { Translate } from "../../messages";
import { unitName } from "../../unitNames";
import { NeedDetails } from "./NeedDetails";
import { useIncrementalRows } from "../NarrowList/useIncrementalRows";
import { useNeedsTableStyles } from "./useNeedsTableStyles.styles";

/** Props of NeedsTable. */
export interface NeedsTableProps {
  readonly entries: readonly PlanNeedEntry[];
  readonly locale: Locale;
  readonly t: Translate;
}

const COLUMNS = ["id", "title", "status", "value", "neededBy", "unit", "area"] as const;
type Styles = ReturnType<typeof useNeedsTableStyles>;

/** The class of a column's cells (header and body alike). */
function columnClass(column: (typeof COLUMNS)[number], styles: Styles): string {
  switch (column) {
    case "id":
      return mergeClasses(styles.cell, styles.id);
    case "title":
      return mergeClasses(styles.cell, styles.titleCell);
    case "status":
      return mergeClasses(styles.cell, styles.status, styles.noWrap);
    case "value":
      return mergeClasses(styles.cell, styles.meta, styles.numeric);
    case "neededBy":
      return mergeClasses(styles.cell, styles.meta, styles.noWrap);
    default:
      return mergeClasses(styles.cell, styles.meta);
  }
}

/** The needs list with status badges, details on demand and, for rejected needs, their errors. */
export function NeedsTable({ entries, locale, t }: NeedsTableProps) {
  const styles = useNeedsTableStyles();
  const [open, setOpen] = useState<PlanNeedEntry | undefined>(undefined);
  const drawn = useIncrementalRows(entries);
  return (
    <div className={styles.container}>
      <Table noNativeElements size="extra-small" aria-label={t("table.label")} className={styles.table}>
        <TableHeader className={styles.header}>
          <TableRow className={styles.row}>
            {COLUMNS.map((column) => (
              <TableHeaderCell key={column} className={columnClass(column, styles)}>
                {t(`column.${column}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.slice(0, drawn).map((entry) => (
            <NeedRow key={entry.row} entry={entry} locale={locale} t={t} styles={styles} onOpen={setOpen} />
          ))}
        </TableBody>
      </Table>
      <NeedDetails entry={open} locale={locale} t={t} onClose={() => setOpen(undefined)} />
    </div>
  );
}

interface NeedRowProps {
  readonly entry: PlanNeedEntry;
  readonly locale: Locale;
  readonly t: Translate;
  readonly styles: Styles;
  readonly onOpen: (entry: PlanNeedEntry) => void;
}

/** Value, date and unit of the need, or what was submitted for a rejected one (shown in italics). */
function rowValues(entry: PlanNeedEntry, locale: Locale): { value: string; date: string; unit: string } {
  const need = entry.need;
  if (need)
    return {
      value: formatMoney(need.estimatedValue, locale, 0),
      date: need.neededBy ? formatDate(need.neededBy, locale) : "",
      unit: unitName(need.unit),
    };
  const sent = entry.submitted ?? {};
  return {
    value: sent.estimatedValue ?? "",
    date: sent.neededBy ?? "",
    unit: sent.unit === undefined ? "" : unitName(sent.unit),
  };
}

/** One need's row; memoised, so drawing more rows does not draw the earlier ones again. */
const NeedRow = memo(function NeedRow({ entry, locale, t, styles, onOpen }: NeedRowProps) {
  const need = entry.need;
  const values = rowValues(entry, locale);
  const sentClass = need ? undefined : styles.submitted;
  return (
    <TableRow className={styles.row}>
      <TableCell className={columnClass("id", styles)}>
        <Button
          appearance="transparent"
          size="small"
          className={styles.idButton}
          aria-haspopup="dialog"
          title={t("details.open", { id: entry.id })}
          onClick={() => onOpen(entry)}
        >
          {entry.id}
        </Button>
      </TableCell>
      <TableCell className={columnClass("title", styles)}>
        <NeedTitle entry={entry} locale={locale} t={t} styles={styles} />
      </TableCell>
      <TableCell className={columnClass("status", styles)}>
        <Badge appearance="tint" color={entry.status === "accepted" ? "success" : "danger"}>
          {t(`status.${entry.status}`)}
        </Badge>
      </TableCell>
      <TableCell className={mergeClasses(columnClass("value", styles), sentClass)}>{values.value}</TableCell>
      <TableCell className={mergeClasses(columnClass("neededBy", styles), sentClass)}>
        {values.date}
      </TableCell>
      <TableCell className={mergeClasses(columnClass("unit", styles), sentClass)}>{values.unit}</TableCell>
      <TableCell className={columnClass("area", styles)}>{need?.area ?? ""}</TableCell>
    </TableRow>
  );
});

/** The title (with the restricted badge), or for a rejected need the submitted title and the errors. */
function NeedTitle({ entry, locale, t, styles }: Omit<NeedRowProps, "onOpen">) {
  if (entry.need)
    return (
      <span className={styles.title}>
        {entry.need.title}
        {entry.redacted && (
          <Badge size="small" appearance="outline" color="warning">
            {t("redacted")}
          </Badge>
        )}
      </span>
    );
  const sentTitle = entry.submitted?.title;
  return (
    <>
      {sentTitle !== undefined && (
        <span className={mergeClasses(styles.title, styles.submitted)}>{sentTitle}</span>
      )}
      <ul className={styles.errors} aria-label={t("errors.label", { id: entry.id })}>
        {entry.errors.map((error, index) => (
          <li key={index}>{error.message[locale]}</li>
        ))}
      </ul>
    </>
  );
}
