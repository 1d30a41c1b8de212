/**
 * What an automation sends, independent of where: each destination renders it
 * (Telegram HTML, e-mail HTML + text, webhook JSON). Every string in it is
 * plain text, possibly typed by a user or a client: renderers escape it.
 */
export type OutgoingMessage = {
  /** Event type, e.g. "report.daily", "alert.opened", "sync.records", "test". */
  event: string;
  title: string;
  /** Short lines of text, in order; an empty string is a blank line. */
  lines: string[];
  /** A console link for "open in Social Scale". */
  href?: string;
  /** The structured payload webhooks receive as `data`. */
  data: Record<string, unknown>;
};
