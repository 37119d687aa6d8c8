/**
 * Messages of the insight analyses (contract expiry, spend cube, joint procurements, the annual
 * wheel) as the CLI and the pane print them, and the text of an accepted renewal suggestion.
 * Bokmål first, English second; same keys.
 */
import type { Catalogue } from "./locale";
import { PROCUREMENT_TERMS } from "./procurementTerms";

/** The insight catalogue. */
export const INSIGHT_MESSAGES: Catalogue = {
  nb: {
    ...PROCUREMENT_TERMS.nb,
    "suggestion.title": "Reanskaffelse – {contractName}",
    "suggestion.description":
      "Foreslått av utløpsanalysen i KAV: avtalen {contractId} med {supplier} kan løpe til {finalExpiry} (opsjoner medregnet). Ny avtale må signeres innen {signBy}; med prosedyren {procedure} må arbeidet starte senest {latestStart}.",
    "suggestion.rationale": "Avtalen utløper, og ingen innmeldt behov dekker den.",
    "wheel.title": "Årshjulet for planåret {year}, per {asOf}: {stage}",
    "stage.before": "før forberedelsene",
    "stage.preparation": "forberedelser og innmelding av behov",
    "stage.localSubmission": "innmeldingsfristen er passert – sentral analyse og prioritering",
    "stage.centralAnalysis": "sammenstilling",
    "stage.compilation": "til godkjenning",
    "stage.approval": "godkjent – informasjon ut",
    "stage.publication": "informasjon ut i dag",
    "stage.rolling": "rullerende plan",
    "milestone.preparation": "Forberedelser sentralt",
    "milestone.localSubmission": "Innmelding lokalt",
    "milestone.centralAnalysis": "Analyse og prioritering sentralt",
    "milestone.compilation": "Sammenstilling",
    "milestone.approval": "Godkjenning",
    "milestone.publication": "Info ut",
    "milestone.revision": "Revisjon av rullerende plan",
    "wheel.next": "Neste frist: {milestone} {date} (om {days} dager).",
    "wheel.noNext": "Ingen flere frister i planåret.",
    "wheel.submitted": "Enheter som har meldt inn: {count} av {total}.",
    "wheel.notSubmitted": "Ikke meldt inn: {units}.",
    "wheel.late": "Sene innmeldinger (mottatt etter {deadline}): {count}.",
    "wheel.lateLine": "  {needId} fra {unit}, mottatt {date} ({days} dager for sent)",
    "wheel.noReceipt": "{count} behov uten mottaksdato (regnet som innmeldt).",
    "wheel.open":
      "Åpent før neste frist: {unscored} behov mangler score, {suggestions} forslag uten avgjørelse, {approvals} godkjenninger mangler.",
    "expiry.summary":
      "Avtaleutløp (KAV): {inScope} av {contracts} avtaler må fornyes med siste oppstart innen {horizonEnd}; {covered} dekket av behov, {suggested} foreslått som nye behov ({value}), {overdue} med siste oppstart før {horizonStart}, {uncovered} uten behov eller forslag.",
    "expiry.line":
      "  {contractId} ({supplier}): siste mulige slutt {finalExpiry}, {procedure}, siste oppstart {latestStart} – {status}",
    "expiry.covered": "dekket av {needs}",
    "expiry.suggested": "forslag {id}",
    "expiry.dismissed": "forslag {id} avvist: {reason}",
    "expiry.accepted": "forslag {id} godtatt",
    more: "  … og {count} til (se plan.json).",
    "spend.summary": "Forbruk {years}: {total}, av dette utenfor avtale {offContract} ({share} %).",
    "spend.top": "  Største leverandører i {category}: {suppliers}",
    "spend.suggestions": "Forslag om nye rammeavtaler (forbruk uten avtale over terskelverdien): {count}.",
    "spend.suggestion":
      "  {id}: {total} uten avtale over {years} år, anslått rammeavtaleverdi {value} (terskel {threshold}); {suppliers} leverandører, {units} enheter",
    "joint.summary":
      "Felles anskaffelser: {similar} forslag fra flere enheter; {nordic} nordiske og {armedForces} Forsvaret-grupper til koordinering.",
    "joint.line": "  {id} ({kind}): {needs} – rekkevidde {reach} enheter, {value}",
    "joint.kind.similar": "like behov",
    "joint.kind.nordic": "nordisk",
    "joint.kind.armed-forces": "Forsvaret",
  },
  en: {
    ...PROCUREMENT_TERMS.en,
    "suggestion.title": "Renewal – {contractName}",
    "suggestion.description":
      "Suggested by the KAV expiry analysis: contract {contractId} with {supplier} can run until {finalExpiry} (options included). A new contract must be signed by {signBy}; with the procedure {procedure} work must start by {latestStart}.",
    "suggestion.rationale": "The contract expires and no submitted need covers it.",
    "wheel.title": "The annual wheel of plan year {year}, as of {asOf}: {stage}",
    "stage.before": "before preparation",
    "stage.preparation": "preparation and call for needs",
    "stage.localSubmission": "submission deadline passed – central analysis and prioritisation",
    "stage.centralAnalysis": "compilation",
    "stage.compilation": "awaiting approval",
    "stage.approval": "approved – information out",
    "stage.publication": "information out today",
    "stage.rolling": "rolling plan",
    "milestone.preparation": "Central preparation",
    "milestone.localSubmission": "Local submission",
    "milestone.centralAnalysis": "Central analysis and prioritisation",
    "milestone.compilation": "Compilation",
    "milestone.approval": "Approval",
    "milestone.publication": "Information out",
    "milestone.revision": "Revision of the rolling plan",
    "wheel.next": "Next deadline: {milestone} {date} (in {days} days).",
    "wheel.noNext": "No more deadlines in the plan year.",
    "wheel.submitted": "Units that have submitted: {count} of {total}.",
    "wheel.notSubmitted": "Not submitted: {units}.",
    "wheel.late": "Late submissions (received after {deadline}): {count}.",
    "wheel.lateLine": "  {needId} from {unit}, received {date} ({days} days late)",
    "wheel.noReceipt": "{count} needs without a receipt date (counted as submitted).",
    "wheel.open":
      "Open before the next deadline: {unscored} needs lack a score, {suggestions} suggestions undecided, {approvals} approvals missing.",
    "expiry.summary":
      "Contract expiry (KAV): {inScope} of {contracts} contracts need renewal with a latest start by {horizonEnd}; {covered} covered by needs, {suggested} suggested as new needs ({value}), {overdue} with a latest start before {horizonStart}, {uncovered} with neither need nor suggestion.",
    "expiry.line":
      "  {contractId} ({supplier}): last possible end {finalExpiry}, {procedure}, latest start {latestStart} – {status}",
    "expiry.covered": "covered by {needs}",
    "expiry.suggested": "suggestion {id}",
    "expiry.dismissed": "suggestion {id} dismissed: {reason}",
    "expiry.accepted": "suggestion {id} accepted",
    more: "  … and {count} more (see plan.json).",
    "spend.summary": "Spend {years}: {total}, of which outside any contract {offContract} ({share} %).",
    "spend.top": "  Largest suppliers in {category}: {suppliers}",
    "spend.suggestions":
      "Suggested new framework agreements (spend without a contract above the threshold): {count}.",
    "spend.suggestion":
      "  {id}: {total} without a contract over {years} years, estimated framework value {value} (threshold {threshold}); {suppliers} suppliers, {units} units",
    "joint.summary":
      "Joint procurements: {similar} proposals from several units; {nordic} Nordic and {armedForces} Armed Forces groups to coordinate.",
    "joint.line": "  {id} ({kind}): {needs} – reach {reach} units, {value}",
    "joint.kind.similar": "similar needs",
    "joint.kind.nordic": "Nordic",
    "joint.kind.armed-forces": "Armed Forces",
  },
};
