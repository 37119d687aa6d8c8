/**
 * Messages of `insight decide`: recording a decision on an insight suggestion in the plan-year
 * record. Bokmål first, English second; same keys. Never quotes a need's text.
 */
import type { Catalogue } from "./locale";

/** The suggestion-decision catalogue. */
export const SUGGESTION_DECISION_MESSAGES: Catalogue = {
  nb: {
    recorded: "Avgjørelsen er lagret i {file}: {id} {action}.",
    "action.accepted": "godtatt",
    "action.dismissed": "avvist",
    conflicts: "{count} felt ble endret av andre samtidig; deres verdi står.",
    "error.choice": "Velg én av --accept og --dismiss.",
    "error.year": "Oppgi planåret med --year.",
    "error.suggestionId":
      "Forslag {id}, felt suggestionId: ikke et forslag (FORSLAG-<avtale>, FELLES-nnn, NORDISK-nnn eller FORSVARET-nnn).",
    "error.reason": "Forslag {id}, felt reason: en avvisning må ha en begrunnelse (--reason).",
    "error.needIds":
      "Forslag {id}, felt needIds: et forslag om felles anskaffelse må oppgi behovene sine (--needs ID,ID, slik insight viser dem).",
  },
  en: {
    recorded: "The decision is saved in {file}: {id} {action}.",
    "action.accepted": "accepted",
    "action.dismissed": "dismissed",
    conflicts: "{count} {count|field was|fields were} changed by someone else meanwhile; their value stands.",
    "error.choice": "Choose one of --accept and --dismiss.",
    "error.year": "Give the plan year with --year.",
    "error.suggestionId":
      "Suggestion {id}, field suggestionId: not a suggestion (FORSLAG-<contract>, FELLES-nnn, NORDISK-nnn or FORSVARET-nnn).",
    "error.reason": "Suggestion {id}, field reason: a dismissal needs a reason (--reason).",
    "error.needIds":
      "Suggestion {id}, field needIds: a joint procurement proposal must name its needs (--needs ID,ID, as insight shows them).",
  },
};
