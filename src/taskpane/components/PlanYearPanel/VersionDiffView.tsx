/**
 * A diff between two chosen versions as a compact list: the counts, then every need added,
 * dropped, moved, newly late or with a changed decision (the CLI's `year diff` wording).
 */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { VersionSummary } from "../../../domain/planYear/planYearTypes";
import type { VersionDiff } from "../../../domain/planYear/versionDiffTypes";
import type { Locale } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { diffText } from "../../../i18n/versionMessages";
import { usePlanYearPanelStyles } from "./usePlanYearPanelStyles.styles";

/** Props of VersionDiffView. */
export interface VersionDiffViewProps {
  readonly locale: Locale;
  readonly versions: readonly VersionSummary[];
  readonly diff: VersionDiff | undefined;
  readonly busy: boolean;
  readonly onDiff: (from: string, to: string) => void;
}

/** Two version pickers, the button, and the diff. */
export function VersionDiffView({ locale, versions, diff, busy, onDiff }: VersionDiffViewProps) {
  const styles = usePlanYearPanelStyles();
  const say = (key: string) => planYearPaneSay(locale, key);
  const ids = versions.map((v) => v.id);
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const chosenFrom = from !== undefined && ids.includes(from) ? from : ids.at(-2);
  const chosenTo = to !== undefined && ids.includes(to) ? to : ids.at(-1);
  const [summary, ...changes] = diff ? diffText(diff, locale) : [];
  return (
    <section className={styles.section} aria-label={say("diff.title")}>
      <h3 className={styles.heading}>{say("diff.title")}</h3>
      {ids.length < 2 ? (
        <Text className={styles.muted}>{say("diff.needTwo")}</Text>
      ) : (
        <div className={styles.actions}>
          <Field label={say("diff.from")}>
            <Select value={chosenFrom} onChange={(_, d) => setFrom(d.value)}>
              {ids.map((id) => (
                <option key={id}>{id}</option>
              ))}
            </Select>
          </Field>
          <Field label={say("diff.to")}>
            <Select value={chosenTo} onChange={(_, d) => setTo(d.value)}>
              {ids.map((id) => (
                <option key={id}>{id}</option>
              ))}
            </Select>
          </Field>
          <Button
            disabled={busy || chosenFrom === undefined || chosenTo === undefined}
            onClick={() => chosenFrom && chosenTo && onDiff(chosenFrom, chosenTo)}
          >
            {say("diff.run")}
          </Button>
        </div>
      )}
      {summary !== undefined && (
        <>
          <Text role="status" weight="semibold">
            {summary}
          </Text>
          <ul className={styles.list} aria-label={say("diff.title")}>
            {changes.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
