/**
 * The needs table: one row per input need with its validation status. Accepted needs show their
 * (possibly redacted) content; rejected needs show their errors in the UI language.
 */
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { PlanNeedEntry } from "../../../application/planResult";
import { formatDate, formatMoney, type Locale } from "../../../i18n/locale";
import type { Translate } from "../../messages";
import { unitName } from "../../unitNames";
import { useNeedsTableStyles } from "./useNeedsTableStyles.styles";

/** Props of NeedsTable. */
export interface NeedsTableProps {
  readonly entries: readonly PlanNeedEntry[];
  readonly locale: Locale;
  readonly t: Translate;
}

/** Status comes third so it stays visible in a narrow task pane; the rest scrolls sideways. */
const COLUMNS = ["id", "title", "status", "value", "neededBy", "unit", "area"] as const;
const NOT_AVAILABLE = "–";

/** Money right-aligned; short columns kept on one line. */
function headerClass(
  column: (typeof COLUMNS)[number],
  styles: ReturnType<typeof useNeedsTableStyles>,
): string | undefined {
  if (column === "value") return styles.numeric;
  if (column === "neededBy" || column === "status") return styles.noWrap;
  return undefined;
}

/** A table of needs with status badges and, for rejected needs, their error messages. */
export function NeedsTable({ entries, locale, t }: NeedsTableProps) {
  const styles = useNeedsTableStyles();
  return (
    <div className={styles.scroller}>
      <Table size="extra-small" aria-label={t("table.label")} className={styles.table}>
        <TableHeader>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableHeaderCell key={column} className={headerClass(column, styles)}>
                {t(`column.${column}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <NeedRow key={entry.row} entry={entry} locale={locale} t={t} styles={styles} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

interface NeedRowProps {
  readonly entry: PlanNeedEntry;
  readonly locale: Locale;
  readonly t: Translate;
  readonly styles: ReturnType<typeof useNeedsTableStyles>;
}

function NeedRow({ entry, locale, t, styles }: NeedRowProps) {
  const need = entry.need;
  return (
    <TableRow className={styles.row}>
      <TableCell className={styles.id}>{entry.id}</TableCell>
      <TableCell className={styles.titleCell}>
        {need ? (
          <span className={styles.title}>
            {need.title}
            {entry.redacted && (
              <Badge size="small" appearance="outline" color="warning">
                {t("redacted")}
              </Badge>
            )}
          </span>
        ) : (
          <ul className={styles.errors} aria-label={t("errors.label", { id: entry.id })}>
            {entry.errors.map((error, index) => (
              <li key={index}>{error.message[locale]}</li>
            ))}
          </ul>
        )}
      </TableCell>
      <TableCell>
        <Badge appearance="tint" color={entry.status === "accepted" ? "success" : "danger"}>
          {t(`status.${entry.status}`)}
        </Badge>
      </TableCell>
      <TableCell className={styles.numeric}>
        {need ? formatMoney(need.estimatedValue, locale, 0) : NOT_AVAILABLE}
      </TableCell>
      <TableCell className={styles.noWrap}>
        {need?.neededBy ? formatDate(need.neededBy, locale) : NOT_AVAILABLE}
      </TableCell>
      <TableCell>{need ? unitName(need.unit) : NOT_AVAILABLE}</TableCell>
      <TableCell>{need ? need.area : NOT_AVAILABLE}</TableCell>
    </TableRow>
  );
}
