/**
 * Words of the Årshjul sheet (the annual wheel's status in the workbook). Bokmål first, English
 * second; same keys. The title, stages and milestones come from the insight catalogue.
 */
import type { Catalogue } from "./locale";

/** The wheel sheet catalogue. */
export const WHEEL_SHEET_MESSAGES: Catalogue = {
  nb: {
    milestone: "Frist",
    date: "Dato",
    daysLeft: "Dager igjen",
    passed: "Passert",
    yes: "Ja",
    no: "Nei",
    next: "Neste",
    unit: "Enhet",
    status: "Status",
    needs: "Behov mottatt",
    late: "Sene",
    submitted: "Meldt inn",
    notSubmitted: "Ikke meldt inn",
    lateNeed: "Sen innmelding",
    received: "Mottatt",
    daysLate: "Dager for sent",
    open: "Åpent før neste frist",
    count: "Antall",
    unscored: "Behov som mangler score",
    suggestions: "Forslag uten avgjørelse",
    approvals: "Godkjenninger som mangler",
    noReceipt: "Behov uten mottaksdato",
  },
  en: {
    milestone: "Deadline",
    date: "Date",
    daysLeft: "Days left",
    passed: "Passed",
    yes: "Yes",
    no: "No",
    next: "Next",
    unit: "Unit",
    status: "Status",
    needs: "Needs received",
    late: "Late",
    submitted: "Submitted",
    notSubmitted: "Not submitted",
    lateNeed: "Late submission",
    received: "Received",
    daysLate: "Days late",
    open: "Open before the next deadline",
    count: "Count",
    unscored: "Needs lacking a score",
    suggestions: "Suggestions not decided",
    approvals: "Approvals missing",
    noReceipt: "Needs without a receipt date",
  },
};
