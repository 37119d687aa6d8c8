/** Styles of the pane's edits, made for a 350 px pane. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Class names for the edits' slots. */
export const usePlanEditsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  weights: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 5.5rem",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  weightName: { overflowWrap: "anywhere" },
  weightInput: { width: "5.5rem", minWidth: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  pick: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  why: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
  dialog: { maxWidth: "min(600px, calc(100vw - 16px))", boxSizing: "border-box" },
  dialogContent: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pairs: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  /** A native select that never grows past its field (long option texts are cut, not overflowing). */
  nativeSelect: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  /** The weights and CR stay in sight while the pairs scroll. */
  verdict: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
