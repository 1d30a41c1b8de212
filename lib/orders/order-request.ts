import type { Prisma, Service } from "@/lib/generated/prisma/client";
import type { AddOrderParams } from "@/lib/providers/fampage";
import { type Decimal, type DecimalInput, providerCost, toDecimal } from "@/lib/money";

/** What the order form submits, already parsed by its zod schema. */
export type OrderRequest = {
  /** Made once per form: a double click or a retried request repeats it. */
  idempotencyKey: string;
  companyId: string;
  serviceId: number;
  link: string;
  quantity?: number | undefined;
  dripFeed?: { runs: number; intervalMinutes: number } | undefined;
  comments?: string[] | undefined;
  answerNumber?: number | undefined;
  /** Overrides the settings' multiplier for this order's invoice. */
  multiplier?: string | undefined;
};

export type FieldErrors = Partial<Record<"serviceId" | "link" | "quantity" | "runs" | "intervalMinutes" | "comments" | "answerNumber" | "multiplier", string>>;

export type PlannedOrder = {
  params: AddOrderParams;
  /** Units the panel delivers in all (quantity × runs for drip-feed; 1 for a package). */
  orderedUnits: number;
  expectedCost: Decimal;
  parameters: Prisma.InputJsonObject | null;
};

/** Also used by the order form to preview the cost, with the rate as a string. */
export type RequestedService = Pick<Service, "id" | "type" | "min" | "max" | "dripfeed" | "active"> & { ratePer1000: DecimalInput };

/**
 * Checks an order against its service (type, min/max, drip-feed) before the panel
 * sees it, and works out the panel parameters and the expected cost.
 */
export function planOrder(service: RequestedService, request: OrderRequest): { ok: true; plan: PlannedOrder } | { ok: false; errors: FieldErrors } {
  if (!service.active) return { ok: false, errors: { serviceId: "This service is no longer offered by the panel." } };
  const errors: FieldErrors = {};
  const inRange = (value: number | undefined, what: string): value is number => {
    if (value === undefined) {
      errors.quantity = `Enter the ${what}.`;
      return false;
    }
    if (value < service.min || value > service.max) {
      errors.quantity = `The ${what} must be between ${service.min} and ${service.max} for this service.`;
      return false;
    }
    return true;
  };
  const rate = toDecimal(service.ratePer1000);

  switch (service.type) {
    case "Default": {
      const { quantity, dripFeed } = request;
      if (dripFeed && !service.dripfeed) errors.runs = "This service does not offer drip-feed.";
      if (!inRange(quantity, "quantity") || Object.keys(errors).length) return { ok: false, errors };
      const runs = dripFeed?.runs ?? 1;
      return {
        ok: true,
        plan: {
          params: { type: "Default", service: service.id, link: request.link, quantity, ...(dripFeed ? { dripFeed } : {}) },
          orderedUnits: quantity * runs,
          expectedCost: providerCost(rate, quantity * runs),
          parameters: dripFeed ? { runs: dripFeed.runs, intervalMinutes: dripFeed.intervalMinutes } : null,
        },
      };
    }
    case "Package":
      // A package is bought whole: its rate is the package's price.
      return {
        ok: true,
        plan: {
          params: { type: "Package", service: service.id, link: request.link },
          orderedUnits: 1,
          expectedCost: rate,
          parameters: null,
        },
      };
    case "Custom Comments": {
      const comments = request.comments ?? [];
      if (comments.length === 0) errors.comments = "Write at least one comment, one per line.";
      else if (comments.length < service.min || comments.length > service.max) {
        errors.comments = `Write between ${service.min} and ${service.max} comments (you wrote ${comments.length}).`;
      }
      if (Object.keys(errors).length) return { ok: false, errors };
      return {
        ok: true,
        plan: {
          params: { type: "Custom Comments", service: service.id, link: request.link, comments },
          orderedUnits: comments.length,
          expectedCost: providerCost(rate, comments.length),
          parameters: { comments },
        },
      };
    }
    case "Poll": {
      const { quantity, answerNumber } = request;
      if (answerNumber === undefined) errors.answerNumber = "Enter the number of the answer to vote for.";
      if (!inRange(quantity, "number of votes") || answerNumber === undefined) return { ok: false, errors };
      return {
        ok: true,
        plan: {
          params: { type: "Poll", service: service.id, link: request.link, quantity, answerNumber },
          orderedUnits: quantity,
          expectedCost: providerCost(rate, quantity),
          parameters: { answerNumber },
        },
      };
    }
    default:
      return {
        ok: false,
        errors: { serviceId: `"${service.type}" services cannot be ordered from the console yet: order them on the panel.` },
      };
  }
}
