/** Styles of NeedsTable. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Class names for NeedsTable's slots. */
export const useNeedsTableStyles = makeStyles({
  scroller: { overflowX: "auto" },
  table: { minWidth: "720px", tableLayout: "auto" },
  row: { verticalAlign: "top" },
  titleCell: { minWidth: "11rem" },
  id: { whiteSpace: "nowrap", fontFamily: tokens.fontFamilyMonospace },
  title: {
    display: "inline-flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  numeric: { textAlign: "end", whiteSpace: "nowrap" },
  noWrap: { whiteSpace: "nowrap" },
  errors: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
  },
});
