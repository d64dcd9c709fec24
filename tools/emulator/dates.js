"use strict";
/**
 * SharePoint's date handling for a site in Europe/Copenhagen. A DateOnly column holds a
 * calendar date, but SharePoint Online returns it as the UTC instant of midnight in the
 * site's time zone ("2027-10-04" → "2027-10-03T22:00:00Z" in summer, "…T23:00:00Z" in winter).
 * Incoming values are converted to site-local time and truncated to the date, as SharePoint does.
 */

const SITE_TIME_ZONE = "Europe/Copenhagen";

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: SITE_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric", month: "2-digit", day: "2-digit",
  hour: "2-digit", minute: "2-digit", second: "2-digit"
});

/** Local wall-clock parts of a UTC instant in the site's time zone. */
function localParts(epochMs) {
  const parts = {};
  for (const p of partsFormatter.formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second)
  };
}

/** Offset of the site's time zone from UTC at an instant, in minutes (60 or 120). */
function offsetMinutes(epochMs) {
  const p = localParts(epochMs);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/** "YYYY-MM-DD" → the UTC instant of local midnight, formatted as SharePoint does. */
function dateOnlyToUtc(isoDate) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`Not a calendar date: ${isoDate}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Midnight is never inside a DST gap in Copenhagen (changes happen at 02:00/03:00 local).
  const offset = offsetMinutes(wall - 60 * 60000);
  return formatUtc(wall - offset * 60000);
}

/** A UTC instant → the site-local calendar date "YYYY-MM-DD". */
function utcToLocalDate(epochMs) {
  const p = localParts(epochMs);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** SharePoint's UTC format: seconds precision, "Z". */
function formatUtc(epochMs) {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Parse a value sent for a DateTime column. Values with "Z" or an offset are instants; values
 * without are site-local wall-clock time (as SharePoint treats them). Returns epoch ms or NaN.
 */
function parseIncomingDate(text) {
  if (typeof text !== "string") return NaN;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m) return NaN;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] || "0", m[5] || "0", m[6] || "0"].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return NaN;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(wall).getUTCDate() !== d) return NaN;
  if (m[7] === "Z") return wall;
  if (m[7]) {
    const sign = m[7][0] === "-" ? -1 : 1;
    const digits = m[7].slice(1).replace(":", "");
    return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
  }
  return wall - offsetMinutes(wall - 60 * 60000) * 60000;
}

/** Normalise an incoming value for a DateOnly column: local date of the instant, at local midnight. */
function normaliseDateOnly(epochMs) {
  return dateOnlyToUtc(utcToLocalDate(epochMs));
}

module.exports = { SITE_TIME_ZONE, dateOnlyToUtc, utcToLocalDate, formatUtc, parseIncomingDate, normaliseDateOnly, offsetMinutes };
