import type { FormFieldValue } from "../core/request-body";

/** Spread a Default order over `runs` deliveries, `intervalMinutes` apart; `quantity` is per run. */
export type DripFeed = { runs: number; intervalMinutes: number };

/** What `action=add` takes, by the service's `type` (see PanelService.type). */
export type AddOrderParams =
  | { type: "Default"; service: number; link: string; quantity: number; dripFeed?: DripFeed }
  | { type: "Package"; service: number; link: string }
  | {
      type: "Custom Comments";
      service: number;
      link: string;
      /** One comment per entry; the quantity is the number of comments. */
      comments: readonly string[];
    }
  | { type: "Poll"; service: number; link: string; quantity: number; answerNumber: number }
  | {
      type: "Subscriptions";
      service: number;
      username: string;
      /** Units per new post, between `min` and `max`. */
      min: number;
      max: number;
      /** New posts to cover; unlimited until `expiry` when left out. */
      posts?: number;
      /** Already published posts to cover too. */
      oldPosts?: number;
      delayMinutes: number;
      expiry?: Date;
    };

export type OrderServiceType = AddOrderParams["type"];

type FormFields = Record<string, FormFieldValue | undefined>;

/** PHP's `d/m/Y` (`07/03/2026`), read in UTC so the server's time zone does not shift the day. */
export function formatPanelDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("The subscription expiry is not a valid date");
  const twoDigits = (value: number): string => String(value).padStart(2, "0");
  return `${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Comments travel one per line, so a comment may not span lines. */
function commentLines(comments: readonly string[]): string {
  if (comments.length === 0) throw new RangeError("A Custom Comments order needs at least one comment");
  if (comments.some((comment) => /[\r\n]/.test(comment))) {
    throw new RangeError("A comment cannot contain a line break: the panel reads one comment per line");
  }
  return comments.join("\n");
}

/** The `action=add` form fields (without `key`) for an order. */
export function addOrderFields(params: AddOrderParams): FormFields {
  const base = { action: "add", service: params.service };
  switch (params.type) {
    case "Default":
      return {
        ...base,
        link: params.link,
        quantity: params.quantity,
        runs: params.dripFeed?.runs,
        interval: params.dripFeed?.intervalMinutes,
      };
    case "Package":
      return { ...base, link: params.link };
    case "Custom Comments":
      return { ...base, link: params.link, comments: commentLines(params.comments) };
    case "Poll":
      return { ...base, link: params.link, quantity: params.quantity, answer_number: params.answerNumber };
    case "Subscriptions":
      return {
        ...base,
        username: params.username,
        min: params.min,
        max: params.max,
        posts: params.posts,
        old_posts: params.oldPosts,
        delay: params.delayMinutes,
        expiry: params.expiry === undefined ? undefined : formatPanelDate(params.expiry),
      };
  }
}
