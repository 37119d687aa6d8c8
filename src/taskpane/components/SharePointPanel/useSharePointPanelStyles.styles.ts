/** Styles of SharePointPanel and its mapping dialog. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** Class names for SharePointPanel's slots. */
export const useSharePointPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { ...typographyStyles.caption1, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  mappingTable: { width: "100%" },
  mappingBody: { maxHeight: "60vh", overflowY: "auto" },
  // Label above the dropdown, and the dropdown no wider than the dialog (long column names are cut).
  mappingField: { minWidth: 0 },
  mappingSelect: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, textOverflow: "ellipsis" } },
});
