/**
 * Value formats of Project XML (MSPDI): date-times without zone, ISO 8601 durations as Project
 * writes them (`PT37H30M0S`), booleans as 0/1, and text cleaned of characters XML cannot hold.
 */
import type { IsoDate } from "../../domain/time/isoDate";

/** `YYYY-MM-DDTHH:MM:SS` for a date and a time of day. */
export function mspdiDateTime(date: IsoDate, time: string): string {
  return `${date}T${time}`;
}

/** A duration of `minutes` working minutes as `PT{h}H{m}M0S`. */
export function mspdiDuration(minutes: number): string {
  const whole = Math.round(minutes);
  const sign = whole < 0 ? "-" : "";
  const abs = Math.abs(whole);
  return `${sign}PT${Math.floor(abs / 60)}H${abs % 60}M0S`;
}

/** Minutes of an MSPDI duration such as `PT37H30M0S`; throws on anything else. */
export function minutesOfMspdiDuration(text: string): number {
  const m = /^(-?)PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$/.exec(text.trim());
  if (!m) throw new RangeError(`Not an MSPDI duration: "${text}"`);
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 60;
  return m[1] === "-" ? -minutes : minutes;
}

/** 1 or 0. */
export function mspdiBoolean(value: boolean): number {
  return value ? 1 : 0;
}

/** Text with the characters XML 1.0 cannot hold removed: the one rule of every output. */
export { xmlSafeText } from "../../domain/text/xmlSafeText";
