import { formatDate, formatDateTime } from "@/lib/format";
import { agencyTimeZone } from "@/lib/settings/agency-time-zone";

/** A moment, in the agency's timezone, as a <time> element machines can read too. */
export async function DateTimeText({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date, await agencyTimeZone())}</time>;
}

/** A calendar day in the agency's timezone. */
export async function DateText({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date, await agencyTimeZone())}</time>;
}
