/**
 * The `--selection rank|score|value` option of `plan` and `prioritise`: how the free needs are
 * selected (docs/prioritisation.md "Selection modes"); it overrides config.prioritisation.selection.
 */
import { Option } from "commander";
import type { PlanInput } from "../domain/model/planInput";
import { SELECTION_MODES, type SelectionMode } from "../domain/prioritisation/selection";

/** The option, with its allowed values (default: the input's config, else `rank`). */
export function selectionOption(): Option {
  return new Option(
    "--selection <mode>",
    "selection: rank = go down the ranking (default), score = most total score, value = most total score × value",
  ).choices([...SELECTION_MODES]);
}

/** The input with the selection mode set when one was given on the command line. */
export function withSelectionMode(input: PlanInput, mode: SelectionMode | undefined): PlanInput {
  if (mode === undefined) return input;
  const prioritisation = { ...input.config.prioritisation, selection: mode };
  return { ...input, config: { ...input.config, prioritisation } };
}
