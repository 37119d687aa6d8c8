/**
 * A need's details on demand: an overlay drawer with every field the pane may show (graded content
 * stays redacted), or for a rejected need what was submitted and every error.
 */
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  tokens,
} from "@fluentui/react-components";
import type { PlanNeedEntry } from "../../../application/planResult";
import type { SubmittedField } from "../../../domain/intake/intakeTypes";
import { SUBMITTED_FIELDS } from "../../../domain/intake/intakeTypes";
import type { Need } from "../../../domain/model/need";
import { formatDate, formatMoney, type Locale } from "../../../i18n/locale";
import type { Translate } from "../../messages";
import { unitName } from "../../unitNames";

/** Props of NeedDetails. */
export interface NeedDetailsProps {
  /** The need shown; undefined closes the drawer. */
  readonly entry: PlanNeedEntry | undefined;
  readonly locale: Locale;
  readonly t: Translate;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(6rem, max-content) 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  errors: { color: tokens.colorPaletteRedForeground1, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The fields of an accepted need as label key → shown text (blank fields left out). */
function acceptedFields(need: Need, locale: Locale): [string, string][] {
  const fields: [string, string | undefined][] = [
    ["column.title", need.title],
    ["column.unit", unitName(need.unit)],
    ["details.contact", need.contact],
    ["column.area", need.area],
    ["details.category", need.category],
    ["column.value", formatMoney(need.estimatedValue, locale, 0)],
    ["column.neededBy", need.neededBy && formatDate(need.neededBy, locale)],
    ["details.receivedDate", need.receivedDate && formatDate(need.receivedDate, locale)],
    ["details.description", need.description],
    ["details.rationale", need.rationale],
  ];
  return fields.flatMap(([key, value]) => (value ? [[key, value]] : []));
}

/** Label key of a submitted field. */
const SUBMITTED_LABEL: Readonly<Record<SubmittedField, string>> = {
  title: "column.title",
  unit: "column.unit",
  contact: "details.contact",
  estimatedValue: "column.value",
  neededBy: "column.neededBy",
};

/** What a rejected need's record carried, as label key → raw text. */
function submittedFields(entry: PlanNeedEntry): [string, string][] {
  const sent = entry.submitted ?? {};
  return SUBMITTED_FIELDS.flatMap((field) => {
    const value = sent[field];
    return value === undefined ? [] : [[SUBMITTED_LABEL[field], value] as [string, string]];
  });
}

/** The drawer with one need's details. */
export function NeedDetails({ entry, locale, t, onClose }: NeedDetailsProps) {
  const styles = useStyles();
  const fields = entry?.need ? acceptedFields(entry.need, locale) : entry ? submittedFields(entry) : [];
  return (
    <OverlayDrawer
      position="end"
      open={entry !== undefined}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" onClick={onClose}>
              {t("details.close")}
            </Button>
          }
        >
          {entry ? t("details.title", { id: entry.id }) : ""}
        </DrawerHeaderTitle>
      </DrawerHeader>
      {/* The body scrolls when the details are long: reachable by keyboard and named. */}
      <DrawerBody
        tabIndex={0}
        role="region"
        aria-label={entry ? t("details.title", { id: entry.id }) : undefined}
      >
        {entry && (
          <>
            <p>
              {t(`status.${entry.status}`)}
              {entry.redacted ? ` · ${t("redacted")}` : ""}
              {entry.status === "rejected" ? ` · ${t("details.submitted")}` : ""}
            </p>
            <dl className={styles.list}>
              {fields.map(([key, value]) => (
                <div key={key} className={styles.pair}>
                  <dt className={styles.term}>{t(key)}</dt>
                  <dd className={styles.value}>{value}</dd>
                </div>
              ))}
            </dl>
            {entry.errors.length > 0 && (
              <ul className={styles.errors} aria-label={t("errors.label", { id: entry.id })}>
                {entry.errors.map((error, index) => (
                  <li key={index}>{error.message[locale]}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
