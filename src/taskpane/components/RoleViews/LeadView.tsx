/**
 * The procurement lead's view (innkjøpsleder): "my category" (chosen once, remembered), then the
 * ranking of the category's needs, their scores per criterion, and the edits (weights, scores,
 * force decisions). Sections load when first opened.
 */
import { Field, Select } from "@fluentui/react-components";
import { lazy, useMemo } from "react";
import { formatNumber } from "../../../i18n/locale";
import { usePane } from "./paneContext";
import { SectionTabs, type PaneSection, type RoleViewProps } from "./SectionTabs";
import { CategoryContext, useCategory } from "./useCategory";

const RankingSection = lazy(() =>
  import("./sections/RankingSection").then((m) => ({ default: m.RankingSection })),
);
const ScoresSection = lazy(() =>
  import("./sections/ScoresSection").then((m) => ({ default: m.ScoresSection })),
);
const LeadEditsSection = lazy(() =>
  import("./sections/LeadEditsSection").then((m) => ({ default: m.LeadEditsSection })),
);

/** The lead's view. */
export function LeadView({ active }: RoleViewProps) {
  const { locale, r } = usePane();
  const category = useCategory();
  const sections = useMemo(
    (): PaneSection[] => [
      { id: "ranking", label: r("section.ranking"), Component: RankingSection },
      { id: "scores", label: r("section.scores"), Component: ScoresSection },
      { id: "edits", label: r("section.edits"), Component: LeadEditsSection, keep: true },
    ],
    [r],
  );
  return (
    <CategoryContext.Provider value={category}>
      <Field label={r("category.label")}>
        <Select name="category" value={category.category} onChange={(_, data) => category.choose(data.value)}>
          <option value="">{r("category.all")}</option>
          {category.choices.map((c) => (
            <option key={c.id} value={c.id}>
              {r("category.option", { name: c.name, count: formatNumber(c.ranked, locale) })}
            </option>
          ))}
        </Select>
      </Field>
      <SectionTabs label={r("view.lead")} sections={sections} active={active} />
    </CategoryContext.Provider>
  );
}
