/**
 * Styles of NeedsTable: two-line rows in a narrow pane (id and status, the title, then value, date,
 * unit and area wrapping underneath), one grid row per need where the list has ≥ 700 px.
 */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** Width of the list from which it is laid out as a table with visible column headers. */
export const WIDE_LIST = "(min-width: 700px)";

/** The wide layout's columns: id, title, status, value, needed by, unit, area. */
const WIDE_COLUMNS = "7rem minmax(10rem, 1fr) 7rem 9rem 7rem 9rem 7rem";

/** Class names for NeedsTable's slots. */
export const useNeedsTableStyles = makeStyles({
  container: { containerType: "inline-size" },
  table: { width: "100%" },
  header: {
    // Narrow: the column names stay for screen readers only.
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    [`@container ${WIDE_LIST}`]: {
      position: "static",
      width: "auto",
      height: "auto",
      overflow: "visible",
      clipPath: "none",
    },
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    ...shorthands.padding(tokens.spacingVerticalXS, 0),
    [`@container ${WIDE_LIST}`]: {
      display: "grid",
      gridTemplateColumns: WIDE_COLUMNS,
      alignItems: "start",
    },
  },
  cell: { flexGrow: 0, flexBasis: "auto", minWidth: 0, paddingInline: tokens.spacingHorizontalXXS },
  id: { flexGrow: 1, order: 0, fontFamily: tokens.fontFamilyMonospace },
  idButton: { minWidth: 0, paddingInline: 0, fontFamily: tokens.fontFamilyMonospace },
  status: { order: 1, [`@container ${WIDE_LIST}`]: { order: 0 } },
  // Submitted title above the errors of a rejected need, not beside them.
  titleCell: {
    flexBasis: "100%",
    order: 2,
    flexDirection: "column",
    alignItems: "flex-start",
    [`@container ${WIDE_LIST}`]: { order: 0 },
  },
  meta: {
    order: 3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    [`@container ${WIDE_LIST}`]: {
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
  numeric: { whiteSpace: "nowrap", [`@container ${WIDE_LIST}`]: { textAlign: "end" } },
  noWrap: { whiteSpace: "nowrap" },
  submitted: { fontStyle: "italic" },
  errors: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
  },
});
