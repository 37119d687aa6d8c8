/** Styles of PlanCounts. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Class names for PlanCounts' slots. */
export const usePlanCountsStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(3, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  item: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  term: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.subtitle1, margin: 0 },
  received: { color: tokens.colorNeutralForeground1 },
  accepted: { color: tokens.colorPaletteGreenForeground1 },
  rejected: { color: tokens.colorPaletteRedForeground1 },
});
