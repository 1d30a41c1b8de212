import { Decimal } from "decimal.js";
import { z } from "zod";
import type { CatalogService } from "./catalog";
import { PANEL_ERRORS } from "./panel-messages";

/** A valid `action=add` for one service, before the account checks (active link, funds). */
export type OrderRequest = {
  target: string;
  quantity: number;
  fullCharge: Decimal;
  dripFeedSeconds: number;
};

export type OrderRequestResult = { ok: true; request: OrderRequest } | { ok: false; error: string };

/** A field the panel reads as a whole number; `message` is the panel's answer when it is not one. */
const wholeNumber = (message: string) => z.string({ error: message }).trim().regex(/^\d+$/, message).transform(Number);
const requiredText = (message: string) => z.string({ error: message }).trim().min(1, message);

const linkField = requiredText(PANEL_ERRORS.incorrectLink);
const quantityField = wholeNumber(PANEL_ERRORS.incorrectQuantity);

const defaultForm = z.object({
  link: linkField,
  quantity: quantityField,
  runs: wholeNumber(PANEL_ERRORS.incorrectDripFeed).optional(),
  interval: wholeNumber(PANEL_ERRORS.incorrectDripFeed).optional(),
});
const packageForm = z.object({ link: linkField });
const customCommentsForm = z.object({
  link: linkField,
  comments: requiredText(PANEL_ERRORS.incorrectComments).transform((text) =>
    text.split(/\r?\n/).filter((line) => line.trim().length > 0),
  ),
});
const pollForm = z.object({
  link: linkField,
  quantity: quantityField,
  answer_number: wholeNumber(PANEL_ERRORS.incorrectAnswerNumber).pipe(z.number().min(1, PANEL_ERRORS.incorrectAnswerNumber)),
});
const PANEL_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const subscriptionsForm = z.object({
  username: requiredText(PANEL_ERRORS.incorrectUsername),
  min: wholeNumber(PANEL_ERRORS.incorrectMinMax),
  max: wholeNumber(PANEL_ERRORS.incorrectMinMax),
  posts: wholeNumber(PANEL_ERRORS.incorrectPosts).pipe(z.number().min(1, PANEL_ERRORS.incorrectPosts)).optional(),
  old_posts: wholeNumber(PANEL_ERRORS.incorrectPosts).optional(),
  delay: wholeNumber(PANEL_ERRORS.incorrectDelay),
  expiry: z.string().regex(PANEL_DATE, PANEL_ERRORS.incorrectExpiry).refine(isCalendarDate, PANEL_ERRORS.incorrectExpiry).optional(),
});

/** `d/m/Y` naming a day that exists (no 31/02/2026). */
function isCalendarDate(text: string): boolean {
  const [, day, month, year] = PANEL_DATE.exec(text) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1;
}

function chargeFor(service: CatalogService, units: number): Decimal {
  return new Decimal(service.rate).times(units).dividedBy(1000).toDecimalPlaces(5, Decimal.ROUND_HALF_UP);
}

function quantityProblem(service: CatalogService, quantity: number): string | null {
  if (quantity < service.min) return PANEL_ERRORS.quantityBelowMinimum(service.min);
  if (quantity > service.max) return PANEL_ERRORS.quantityAboveMaximum(service.max);
  return null;
}

function fail(error: string): OrderRequestResult {
  return { ok: false, error };
}

type DripFeed = { runs: number; seconds: number };
const SINGLE_RUN: DripFeed = { runs: 1, seconds: 0 };

/** Limits apply to one run, the price to all of them. */
function accept(service: CatalogService, target: string, quantityPerRun: number, dripFeed = SINGLE_RUN): OrderRequestResult {
  const problem = quantityProblem(service, quantityPerRun);
  if (problem !== null) return fail(problem);
  const quantity = quantityPerRun * dripFeed.runs;
  return {
    ok: true,
    request: { target, quantity, fullCharge: chargeFor(service, quantity), dripFeedSeconds: dripFeed.seconds },
  };
}

/** Parses a form with `schema`; a problem comes back as the panel's message for the first bad field. */
function parseForm<TSchema extends z.ZodType>(
  schema: TSchema,
  fields: Record<string, string>,
): { ok: true; data: z.output<TSchema> } | { ok: false; error: string } {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? PANEL_ERRORS.incorrectRequest };
}

function readDefault(service: CatalogService, fields: Record<string, string>): OrderRequestResult {
  const form = parseForm(defaultForm, fields);
  if (!form.ok) return form;
  const { link, quantity, runs, interval } = form.data;
  if (runs === undefined && interval === undefined) return accept(service, link, quantity);
  if (service.dripfeed !== true) return fail(PANEL_ERRORS.dripFeedDisabled);
  if (runs === undefined || interval === undefined || runs < 2 || interval < 1) return fail(PANEL_ERRORS.incorrectDripFeed);
  return accept(service, link, quantity, { runs, seconds: (runs - 1) * interval * 60 });
}

function readSubscription(service: CatalogService, fields: Record<string, string>): OrderRequestResult {
  const form = parseForm(subscriptionsForm, fields);
  if (!form.ok) return form;
  const { username, min, max, posts } = form.data;
  if (min > max || quantityProblem(service, min) !== null || quantityProblem(service, max) !== null) {
    return fail(PANEL_ERRORS.incorrectMinMax);
  }
  // The sandbox takes the price of `posts` posts (one when unlimited) at `max` each up front.
  const quantity = max * (posts ?? 1);
  return { ok: true, request: { target: username, quantity, fullCharge: chargeFor(service, quantity), dripFeedSeconds: 0 } };
}

/** Validates an `action=add` form against the service's type and limits, as the panel does. */
export function readOrderRequest(service: CatalogService, fields: Record<string, string>): OrderRequestResult {
  switch (service.type) {
    case "Default":
      return readDefault(service, fields);
    case "Package": {
      const form = parseForm(packageForm, fields);
      if (!form.ok) return form;
      return { ok: true, request: { target: form.data.link, quantity: 1, fullCharge: new Decimal(service.rate), dripFeedSeconds: 0 } };
    }
    case "Custom Comments": {
      const form = parseForm(customCommentsForm, fields);
      return form.ok ? accept(service, form.data.link, form.data.comments.length) : form;
    }
    case "Poll": {
      const form = parseForm(pollForm, fields);
      return form.ok ? accept(service, form.data.link, form.data.quantity) : form;
    }
    case "Subscriptions":
      return readSubscription(service, fields);
  }
}
