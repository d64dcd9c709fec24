/**
 * A Danish date field: Fluent's DatePicker with Monday first, ISO week numbers, dd.mm.yyyy,
 * and month/day names from the locale. Holds a plan date (`YYYY-MM-DD`): the JavaScript Date
 * the picker needs is made at local noon and read back by its calendar fields, so no time
 * zone or daylight-saving change can move the day.
 */
import * as React from "react";
import {
  Calendar,
  DatePicker,
  DayOfWeek,
  defaultDatePickerStrings,
  FirstWeekOfYear,
  type ICalendarProps,
  type IComponentAsProps,
  type IDatePickerStrings
} from "@fluentui/react";
import * as common from "OirCommonStrings";
import type { IsoDate } from "../../domain/model";
import { isIsoDate } from "../../domain/isoDate";
import { formatDate, formatText } from "./format";

function isoToLocalDate(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
}

function localDateToIso(date: Date): IsoDate {
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Reads "14.03.2027", "14-03-2027", "14/3 2027" or "2027-03-14"; undefined when it is not a date. */
function parseDanishDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const m = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/.exec(trimmed);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

function names(locale: string, options: Intl.DateTimeFormatOptions, dates: Date[]): string[] {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  return dates.map((d) => format.format(d));
}

/** Picker strings in the user's language (names from Intl, the rest from the loc files). */
function datePickerStrings(locale: string): IDatePickerStrings {
  const months = Array.from({ length: 12 }, (_v, i) => new Date(Date.UTC(2027, i, 1)));
  const sundayFirst = Array.from({ length: 7 }, (_v, i) => new Date(Date.UTC(2027, 0, 3 + i)));
  return {
    ...defaultDatePickerStrings,
    months: names(locale, { month: "long" }, months),
    shortMonths: names(locale, { month: "short" }, months),
    days: names(locale, { weekday: "long" }, sundayFirst),
    shortDays: names(locale, { weekday: "narrow" }, sundayFirst),
    goToToday: common.GoToToday,
    prevMonthAriaLabel: common.PrevMonth,
    nextMonthAriaLabel: common.NextMonth,
    prevYearAriaLabel: common.PrevYear,
    nextYearAriaLabel: common.NextYear,
    closeButtonAriaLabel: common.CloseDatePicker,
    weekNumberFormatString: formatText(common.WeekNumber, "{0}")
  };
}

/**
 * Fluent v8's CalendarDayGrid draws two off-screen "transition" weeks (for its month-change
 * animation) as <tr role="presentation">, and with showWeekNumbers each still holds the week
 * number's <th aria-label scope="row">
 * (node_modules/@fluentui/react/lib-commonjs/components/CalendarDayGrid/CalendarDayGrid.base.js
 * and CalendarGridRow.js). A presentation row passes its children up, so the role="grid" owns a
 * labelled th that is not in a row: axe's aria-required-children, critical, and a screen reader
 * meets a stray week number. Fluent already hides those rows' day buttons (aria-hidden) and passes
 * `ariaHidden` to the row, which CalendarGridRow never renders: this finishes that, hiding the
 * whole transition row. customDayCellRef is Fluent's own hook, called with every day cell on each
 * render, so the row is corrected whenever Fluent draws it anew (a month change remounts it).
 */
function hideTransitionWeek(cell: HTMLElement | null): void {
  const row = cell?.parentElement;
  if (!row || row.tagName !== "TR") return;
  if (row.getAttribute("role") === "presentation") row.setAttribute("aria-hidden", "true");
  else row.removeAttribute("aria-hidden");
}

const CALENDAR_PROPS: ICalendarProps = { calendarDayProps: { customDayCellRef: hideTransitionWeek } };

export interface DateFieldProps {
  label: string;
  value: IsoDate;
  locale: string;
  disabled?: boolean;
  errorMessage?: string;
  /**
   * The first and last date the calendar offers (e.g. the plan's date window). A date typed
   * outside them still reaches onChange, so the form can say why it is refused (fieldError).
   */
  min?: IsoDate;
  max?: IsoDate;
  /** What is wrong with the current value, shown under the field (e.g. outside the plan's window). */
  fieldError?: string;
  onChange: (date: IsoDate) => void;
}

/**
 * The picker's calendar limited to [min, max]. Not DatePicker's own minDate/maxDate: with those,
 * a typed date outside them is dropped without reaching onChange, and the form would save the
 * old date while the field shows the typed one.
 */
function useBoundedCalendar(min: IsoDate | undefined, max: IsoDate | undefined): React.ComponentType<IComponentAsProps<ICalendarProps>> | undefined {
  return React.useMemo(() => {
    if (min === undefined && max === undefined) return undefined;
    const minDate = min === undefined ? undefined : isoToLocalDate(min);
    const maxDate = max === undefined ? undefined : isoToLocalDate(max);
    const BoundedCalendar = ({ defaultRender: _unused, ...props }: IComponentAsProps<ICalendarProps>): JSX.Element => (
      <Calendar {...props} minDate={minDate} maxDate={maxDate} />
    );
    return BoundedCalendar;
  }, [min, max]);
}

export function DateField({ label, value, locale, disabled, errorMessage, min, max, fieldError, onChange }: DateFieldProps): JSX.Element {
  const strings = React.useMemo(() => datePickerStrings(locale), [locale]);
  const calendarAs = useBoundedCalendar(min, max);
  // The calendar is a portal, but React bubbles its keys through this component: without this,
  // Escape closes the calendar and then also the panel or dialog around the field (and its edits).
  const keepEscapeInCalendar = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === "Escape" && event.target instanceof Element && event.target.closest(".ms-DatePicker-callout")) event.stopPropagation();
  };
  return (
    <div onKeyDown={keepEscapeInCalendar}>
      <DatePicker
        label={label}
        value={isoToLocalDate(value)}
        disabled={disabled}
        allowTextInput={true}
        firstDayOfWeek={DayOfWeek.Monday}
        firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
        showWeekNumbers={true}
        showMonthPickerAsOverlay={true}
        calendarAs={calendarAs}
        calendarProps={CALENDAR_PROPS}
        textField={fieldError === undefined ? undefined : { errorMessage: fieldError }}
        // Without isResetStatusMessage, a typed date the parser refuses is answered with
        // invalidInputErrorMessage (ours) instead of Fluent's English "Invalid entry … reset to …".
        strings={{ ...strings, isResetStatusMessage: undefined, invalidInputErrorMessage: errorMessage ?? strings.invalidInputErrorMessage }}
        formatDate={(date?: Date) => (date ? formatDate(localDateToIso(date), locale) : "")}
        parseDateFromString={(text: string) => {
          const iso = parseDanishDate(text);
          return iso ? isoToLocalDate(iso) : null;
        }}
        onSelectDate={(date) => date && onChange(localDateToIso(date))}
      />
    </div>
  );
}
