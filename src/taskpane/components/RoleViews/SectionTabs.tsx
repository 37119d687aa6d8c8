/**
 * The sections of one role view as tabs. A section's component (usually React.lazy, so its code
 * loads when first opened) renders while its tab is selected in the view shown. A section marked
 * `keep` stays mounted once opened, hidden while another tab or role is shown: a running sync or
 * publish and what it reported survive a switch. The others unmount, so a hidden needs table does
 * not re-render with every new plan.
 */
import { Spinner, Tab, TabList } from "@fluentui/react-components";
import { Suspense, useState, type ComponentType } from "react";
import { usePane } from "./paneContext";

/** One section of a view: its tab label and its component (rendered without props). */
export interface PaneSection {
  readonly id: string;
  readonly label: string;
  readonly Component: ComponentType;
  /** Stays mounted (hidden) once opened: it holds work in progress or its outcome. */
  readonly keep?: boolean;
}

/** Props of a role view. */
export interface RoleViewProps {
  /** True while the view is the one shown (its role is chosen). */
  readonly active: boolean;
}

/** Props of SectionTabs. */
export interface SectionTabsProps {
  /** The accessible name of the tab list. */
  readonly label: string;
  readonly sections: readonly PaneSection[];
  /** True while the view is the one shown. */
  readonly active: boolean;
}

/** The tab list and the opened sections. */
export function SectionTabs({ label, sections, active }: SectionTabsProps) {
  const { r } = usePane();
  const first = sections[0]?.id ?? "";
  const [selected, setSelected] = useState(first);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([first]));
  const select = (id: string) => {
    setSelected(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  };
  return (
    <>
      <TabList
        aria-label={label}
        selectedValue={selected}
        onTabSelect={(_, data) => select(String(data.value))}
        size="small"
        // The tabs wrap in a narrow pane instead of running off its right edge.
        style={{ flexWrap: "wrap" }}
      >
        {sections.map((s) => (
          <Tab key={s.id} value={s.id}>
            {s.label}
          </Tab>
        ))}
      </TabList>
      {sections
        .filter((s) => (active && s.id === selected) || (s.keep === true && opened.has(s.id)))
        .map(({ id, Component }) => (
          <div key={id} hidden={id !== selected} data-section={id}>
            <Suspense fallback={<Spinner size="tiny" label={r("section.loading")} />}>
              <Component />
            </Suspense>
          </div>
        ))}
    </>
  );
}
