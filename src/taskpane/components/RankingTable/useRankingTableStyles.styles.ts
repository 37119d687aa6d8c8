/** Styles of RankingTable. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Class names for RankingTable's slots. */
export const useRankingTableStyles = makeStyles({
  scroller: { overflowX: "auto" },
  table: { minWidth: "560px" },
  numeric: { textAlign: "end", whiteSpace: "nowrap" },
  noWrap: { whiteSpace: "nowrap" },
  summary: { color: tokens.colorNeutralForeground2 },
  why: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  late: { color: tokens.colorPaletteRedForeground1 },
});
