import { TELEGRAM_MAX_TEXT_LENGTH } from "@/lib/providers/telegram";
import type { OutgoingMessage } from "./outgoing-message";

const TELEGRAM_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes plain text for Telegram's HTML parse mode (the four entities Telegram understands). */
export function escapeTelegramHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => TELEGRAM_ENTITIES[character] ?? character);
}

/**
 * Cuts plain text into pieces whose escaped form fits `maxLength`, at code-point boundaries,
 * so no piece ends inside an entity or a surrogate pair.
 */
function escapedPieces(text: string, maxLength: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const codePoint of text) {
    const escaped = escapeTelegramHtml(codePoint);
    if (piece.length + escaped.length > maxLength) {
      pieces.push(piece);
      piece = "";
    }
    piece += escaped;
  }
  if (piece.length > 0 || pieces.length === 0) pieces.push(piece);
  return pieces;
}

/** Whole lines packed greedily into messages of at most `maxLength` characters. */
function packLines(lines: string[], maxLength: number): string[] {
  const chunks: string[] = [];
  let current: string | null = null;
  for (const line of lines) {
    if (current !== null && current.length + 1 + line.length <= maxLength) {
      current = `${current}\n${line}`;
      continue;
    }
    if (current !== null) chunks.push(current);
    current = line;
  }
  if (current !== null) chunks.push(current);
  return chunks.filter((chunk) => chunk.trim().length > 0);
}

/**
 * The message as Telegram HTML, split into as many messages as the 4,096-character limit
 * needs. Only whole lines move between messages and each line is balanced markup on its own
 * (the bold title is one line; user text is escaped), so every message parses.
 */
export function renderTelegramMessages(message: OutgoingMessage, maxLength: number = TELEGRAM_MAX_TEXT_LENGTH): string[] {
  const bold = (text: string) => `<b>${text}</b>`;
  const titleLines = escapedPieces(message.title, maxLength - bold("").length).map(bold);
  const bodyLines = message.lines.flatMap((line) => escapedPieces(line, maxLength));
  const footer = message.href ? [`<a href="${escapeTelegramHtml(message.href)}">Open in Social Scale</a>`] : [];
  const lines = [...titleLines, ...bodyLines, ...footer.filter((line) => line.length <= maxLength)];
  return packLines(lines, maxLength);
}
