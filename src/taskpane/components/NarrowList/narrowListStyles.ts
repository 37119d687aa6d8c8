/**
 * What the pane's long lists (NeedsTable, RankingTable) share: two-line rows in a narrow pane that
 * become one grid row per item where the list is at least 700 px wide (a container query), and
 * column headers kept for screen readers only until then. Plain style objects for makeStyles.
 */
import { shorthands, tokens, type GriffelStyle } from "@fluentui/react-components";

/** Width of the list from which it is laid out as a table with visible column headers. */
const WIDE_LIST = "(min-width: 700px)";

/** The container query of the wide layout, as a makeStyles key. */
export const WIDE = `@container ${WIDE_LIST}`;

/** The list's box: the container the rows' queries measure. */
export const listContainer: GriffelStyle = { containerType: "inline-size" };

/** Column headers: for screen readers only in a narrow list, shown in a wide one. */
export const listHeader: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  [WIDE]: { position: "static", width: "auto", height: "auto", overflow: "visible", clipPath: "none" },
};

/** A row: wrapping flex cells when narrow, a grid with `columns` when wide. */
export function listRow(columns: string): GriffelStyle {
  return {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    ...shorthands.padding(tokens.spacingVerticalXS, 0),
    [WIDE]: { display: "grid", gridTemplateColumns: columns, alignItems: "start" },
  };
}

/** A cell: as wide as its content, never forcing the row wider. */
export const listCell: GriffelStyle = {
  flexGrow: 0,
  flexBasis: "auto",
  minWidth: 0,
  paddingInline: tokens.spacingHorizontalXXS,
};
