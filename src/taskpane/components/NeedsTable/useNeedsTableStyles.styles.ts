/**
 * Styles of NeedsTable: two-line rows in a narrow pane (id and status, the title, then value, date,
 * unit and area wrapping underneath), one grid row per need where the list has ≥ 700 px.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { WIDE, listCell, listContainer, listHeader, listRow } from "../NarrowList/narrowListStyles";

/** The wide layout's columns: id, title, status, value, needed by, unit, area. */
const WIDE_COLUMNS = "7rem minmax(10rem, 1fr) 7rem 9rem 7rem 9rem 7rem";

/** Class names for NeedsTable's slots. */
export const useNeedsTableStyles = makeStyles({
  container: listContainer,
  table: { width: "100%" },
  // Narrow: the column names stay for screen readers only.
  header: listHeader,
  row: listRow(WIDE_COLUMNS),
  cell: listCell,
  id: { flexGrow: 1, order: 0, fontFamily: tokens.fontFamilyMonospace },
  idButton: { minWidth: 0, paddingInline: 0, fontFamily: tokens.fontFamilyMonospace },
  status: { order: 1, [WIDE]: { order: 0 } },
  // Submitted title above the errors of a rejected need, not beside them.
  titleCell: {
    flexBasis: "100%",
    order: 2,
    flexDirection: "column",
    alignItems: "flex-start",
    [WIDE]: { order: 0 },
  },
  meta: {
    order: 3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    [WIDE]: {
      order: 0,
      color: tokens.colorNeutralForeground1,
      fontSize: tokens.fontSizeBase300,
    },
  },
  title: {
    display: "inline-flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
  },
  numeric: { whiteSpace: "nowrap", [WIDE]: { textAlign: "end" } },
  noWrap: { whiteSpace: "nowrap" },
  submitted: { fontStyle: "italic" },
  errors: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
  },
});
