/**
 * Names of the procurement phases and procedures, shared by the scheduling summary, the Project
 * export and the workbook: one source for the words, bokmål first, English second.
 */
import type { Catalogue } from "./locale";

/** Phase (`phase.<id>`) and procedure (`procedure.<id>`) names. */
export const PROCUREMENT_TERMS: Catalogue = {
  nb: {
    "phase.preparation": "Behovsavklaring og forberedelse",
    "phase.market-dialogue": "Markedsdialog",
    "phase.tender-documents": "Konkurransegrunnlag",
    "phase.tender-period": "Kunngjøring og tilbudsfrist",
    "phase.evaluation": "Evaluering og forhandling",
    "phase.award-standstill": "Tildeling og karensperiode",
    "phase.signature": "Kontraktsignering",
    "phase.implementation": "Implementering",
    "procedure.direct": "Direkteanskaffelse",
    "procedure.mini-competition": "Minikonkurranse",
    "procedure.part-II": "Nasjonal konkurranse (del II)",
    "procedure.open": "Åpen anbudskonkurranse",
    "procedure.negotiated": "Konkurranse med forhandling",
    "procedure.security-graded": "Sikkerhetsgradert anskaffelse",
  },
  en: {
    "phase.preparation": "Needs clarification and preparation",
    "phase.market-dialogue": "Market dialogue",
    "phase.tender-documents": "Tender documents",
    "phase.tender-period": "Notice and tender period",
    "phase.evaluation": "Evaluation and negotiation",
    "phase.award-standstill": "Award and standstill",
    "phase.signature": "Contract signature",
    "phase.implementation": "Implementation",
    "procedure.direct": "Direct award",
    "procedure.mini-competition": "Mini-competition",
    "procedure.part-II": "National competition (part II)",
    "procedure.open": "Open procedure",
    "procedure.negotiated": "Competitive procedure with negotiation",
    "procedure.security-graded": "Security-graded procurement",
  },
};
