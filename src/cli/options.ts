/**
 * Parsers for CLI option values, with errors that name the option value.
 */
import { InvalidArgumentError } from "commander";

/** Parses a whole number option value. */
export function parseInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return n;
}

/** Parses `--utilisation role|person`. */
export function parseUtilisation(value: string): "role" | "person" {
  if (value !== "role" && value !== "person")
    throw new InvalidArgumentError(`"${value}" is not role or person.`);
  return value;
}
