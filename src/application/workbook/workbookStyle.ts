/**
 * Sheet names, number formats and colours shared by every sheet of the workbook model.
 * Number formats are OOXML/en-US codes; Excel and LibreOffice show them in the user's locale
 * (`#,##0 "kr"` reads `1 500 000 kr` in Norwegian Excel).
 */

/** Fixed Norwegian sheet names. */
export const SHEET_NAMES = {
  needs: "Innmeldinger",
  matrix: "Matrise",
  selection: "Utvalg",
  plan: "Plan",
  capacity: "Kapasitet",
  kraljic: "Kraljic",
  feedback: "Tilbakemelding",
} as const;

/** Table (ListObject) names, one per sheet that has a table. */
export const TABLE_NAMES = {
  needs: "tblInnmeldinger",
  matrix: "tblMatrise",
  selection: "tblUtvalg",
  plan: "tblPlan",
  kraljic: "tblKraljic",
  feedback: "tblTilbakemelding",
} as const;

/** Number format codes. */
export const NUMBER_FORMATS = {
  money: '#,##0 "kr"',
  date: "dd.mm.yyyy",
  shortDate: "dd.mm",
  score: "0.00",
  integer: "0",
  decimal: "0.0",
  percent: "0%",
  mnok: "#,##0.0",
  text: "@",
} as const;

/** Colours (#RRGGBB). */
export const COLORS = {
  headerFill: "#1F3864",
  headerFont: "#FFFFFF",
  inputFill: "#FFF2CC",
  bad: "#F8696B",
  mid: "#FFEB84",
  good: "#63BE7B",
  white: "#FFFFFF",
  rejected: "#F4CCCC",
  late: "#E06666",
  procurementBand: "#4F81BD",
  implementationBand: "#B8CCE4",
  series: ["#4472C4", "#ED7D31", "#70AD47", "#FFC000", "#5B9BD5", "#A5A5A5"],
} as const;
