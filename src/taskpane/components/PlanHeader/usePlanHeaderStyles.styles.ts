/** Styles of PlanHeader. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Class names for PlanHeader's slots. */
export const usePlanHeaderStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { flexShrink: 0 },
  title: { margin: 0 },
  host: { color: tokens.colorNeutralForeground3 },
});
