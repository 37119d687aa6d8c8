/**
 * Styles of RankingTable: two-line rows in a narrow pane (rank and need; score, in/out, contract date
 * and days late; the explanation on demand), one grid row per need where the list has ≥ 700 px.
 */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** Width of the list from which it is laid out as a table with visible column headers. */
const WIDE_LIST = "(min-width: 700px)";
const WIDE = `@container ${WIDE_LIST}`;

/** Class names for RankingTable's slots. */
export const useRankingTableStyles = makeStyles({
  container: { containerType: "inline-size" },
  table: { width: "100%" },
  header: {
    // Narrow: the column names stay for screen readers only.
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    [WIDE]: { position: "static", width: "auto", height: "auto", overflow: "visible", clipPath: "none" },
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    ...shorthands.padding(tokens.spacingVerticalXS, 0),
    [WIDE]: {
      display: "grid",
      gridTemplateColumns: "3.5rem minmax(12rem, 1fr) 5rem 12rem 9rem minmax(8rem, 14rem)",
      alignItems: "start",
    },
  },
  cell: { flexGrow: 0, flexBasis: "auto", minWidth: 0, paddingInline: tokens.spacingHorizontalXXS },
  rank: { fontWeight: tokens.fontWeightSemibold, [WIDE]: { textAlign: "end", fontWeight: "inherit" } },
  need: { flexGrow: 1, flexBasis: "calc(100% - 3rem)", overflowWrap: "anywhere" },
  // The cells are flex boxes: the gap keeps badge and reason, date and days late apart.
  meta: { whiteSpace: "nowrap", columnGap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  numeric: { whiteSpace: "nowrap", [WIDE]: { textAlign: "end" } },
  why: {
    flexBasis: "100%",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  whyList: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
  summary: { color: tokens.colorNeutralForeground2 },
  late: { color: tokens.colorPaletteRedForeground1 },
});
