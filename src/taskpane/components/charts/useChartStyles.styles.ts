/** Styles of the charts tab: one column at 350 px, two at 1280 px; data tables scroll inside. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Class names for the charts' slots. */
export const useChartStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalL,
    columnGap: tokens.spacingHorizontalL,
    "@media (min-width: 900px)": { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  },
  wide: { "@media (min-width: 900px)": { gridColumn: "1 / -1" } },
  frame: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    margin: 0,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  summary: { ...typographyStyles.body1, margin: 0 },
  chart: { width: "100%", minWidth: 0 },
  toggle: { alignSelf: "flex-start" },
  tableWrap: {
    maxHeight: "320px",
    overflow: "auto",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    ...typographyStyles.caption1,
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    "& td.num, & th.num": { textAlign: "right", whiteSpace: "nowrap" },
  },
  /** The chart library capitalises every legend word; the catalogue's casing is kept. */
  legendText: { textTransform: "none" },
  caption: { textAlign: "left", ...typographyStyles.caption1Strong },
});
