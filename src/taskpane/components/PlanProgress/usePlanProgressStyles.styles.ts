/** Styles of PlanProgress. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Class names for PlanProgress' slots. */
export const usePlanProgressStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  status: { flexGrow: 1 },
  phases: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    ...typographyStyles.caption1,
  },
  done: { color: tokens.colorPaletteGreenForeground1 },
  running: { fontWeight: tokens.fontWeightSemibold },
  waiting: { color: tokens.colorNeutralForeground3 },
  // Read by screen readers, not shown: the phase's state that the colour and tick show.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
