/**
 * The plan documents as downloads: for the plan shown or a published version, one unit's document
 * (its needs with decision, rank, dates and feedback) or the overview, as .docx. The writer is
 * loaded on the first click (the site's `offerDocument` port), not with the pane.
 */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { DocumentRequest, DocumentSource } from "../../../application/planYear/planYearDocuments";
import type { Unit } from "../../../domain/model/organisation";
import type { VersionSummary } from "../../../domain/planYear/planYearTypes";
import type { Locale } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { usePlanYearPanelStyles } from "./usePlanYearPanelStyles.styles";

/** Props of DocumentDownloads. */
export interface DocumentDownloadsProps {
  readonly locale: Locale;
  readonly planYear: number;
  /** True when the plan shown is of this plan year. */
  readonly hasShown: boolean;
  readonly versions: readonly VersionSummary[];
  readonly units: readonly Unit[];
  readonly busy: boolean;
  readonly onDownload: (request: DocumentRequest) => void;
}

const SHOWN = "shown";

/** The sources offered: the plan shown, then the published versions, newest first. */
function sourcesOf(hasShown: boolean, versions: readonly VersionSummary[]): string[] {
  const published = versions.filter((v) => v.status === "published").map((v) => v.id);
  return [...(hasShown ? [SHOWN] : []), ...published.reverse()];
}

/** A plan picker, a unit picker and the two download buttons. */
export function DocumentDownloads(props: DocumentDownloadsProps) {
  const { locale, units, busy, onDownload } = props;
  const styles = usePlanYearPanelStyles();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearPaneSay(locale, key, params);
  const sources = sourcesOf(props.hasShown, props.versions);
  const [source, setSource] = useState<string | undefined>();
  const [unit, setUnit] = useState<string | undefined>();
  const chosen = source !== undefined && sources.includes(source) ? source : sources[0];
  const chosenUnit = unit !== undefined && units.some((u) => u.id === unit) ? unit : units[0]?.id;
  const from = (): DocumentSource | undefined =>
    chosen === undefined ? undefined : chosen === SHOWN ? { kind: "shown" } : { kind: "version", id: chosen };
  const download = (forUnit: string | undefined) => {
    const s = from();
    if (s) onDownload({ source: s, ...(forUnit !== undefined ? { unit: forUnit } : {}) });
  };
  return (
    <section className={styles.section} aria-label={say("documents.title")}>
      <h3 className={styles.heading}>{say("documents.title")}</h3>
      {chosen === undefined ? (
        <Text className={styles.muted}>{say("documents.none", { year: props.planYear })}</Text>
      ) : (
        <div className={styles.actions}>
          <Field label={say("documents.source")}>
            <Select value={chosen} onChange={(_, d) => setSource(d.value)}>
              {sources.map((id) => (
                <option key={id} value={id}>
                  {id === SHOWN ? say("documents.shown") : say("documents.version", { id })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={say("documents.unit")}>
            <Select value={chosenUnit} onChange={(_, d) => setUnit(d.value)}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy || chosenUnit === undefined} onClick={() => download(chosenUnit)}>
            {say("documents.unitDocument")}
          </Button>
          <Button disabled={busy} onClick={() => download(undefined)}>
            {say("documents.overview")}
          </Button>
        </div>
      )}
    </section>
  );
}
