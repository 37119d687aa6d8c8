/**
 * Styles of RankingTable: two-line rows in a narrow pane (rank and need; score, in/out, contract date
 * and days late; the explanation on demand), one grid row per need where the list has ≥ 700 px.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { WIDE, listCell, listContainer, listHeader, listRow } from "../NarrowList/narrowListStyles";

/** Class names for RankingTable's slots. */
export const useRankingTableStyles = makeStyles({
  container: listContainer,
  table: { width: "100%" },
  // Narrow: the column names stay for screen readers only.
  header: listHeader,
  row: listRow("3.5rem minmax(12rem, 1fr) 5rem 12rem 9rem minmax(8rem, 14rem)"),
  cell: listCell,
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
