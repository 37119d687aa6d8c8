/** Styles of RankingTable. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Class names for RankingTable's slots. */
export const useRankingTableStyles = makeStyles({
  scroller: { overflowX: "auto" },
  table: { minWidth: "620px", tableLayout: "auto" },
  need: { minWidth: "220px" },
  numeric: { textAlign: "end", whiteSpace: "nowrap" },
  noWrap: { whiteSpace: "nowrap" },
  summary: { color: tokens.colorNeutralForeground2 },
  why: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  whyList: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalL },
  late: { color: tokens.colorPaletteRedForeground1 },
});
