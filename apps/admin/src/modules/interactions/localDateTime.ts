const pad = (value: number) => String(value).padStart(2, '0');

/** A moment as a date-and-time field holds it (YYYY-MM-DDTHH:mm), where the reader is: now by default. */
export function localDateTimeValue(moment: Date = new Date()): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** What a date-and-time field holds, as the ISO instant the API takes; null when it is empty or not a date. */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}
