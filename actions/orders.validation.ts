import { z } from "zod";
import { requireBelowCostConfirmation } from "./below-cost.validation";
import { parseTargetLink } from "@/lib/links/target-link";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalPositiveInt = (what: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ message: `Enter the ${what} as a whole number.` }).int(`Enter the ${what} as a whole number.`).positive(`The ${what} must be at least 1.`).optional());

const POSTGRES_INT_MAX = 2_147_483_647;

export const orderIdValueSchema = z.string().regex(/^[\w-]{1,64}$/, "This order link is not valid.");
export const orderIdSchema = z.object({ orderId: orderIdValueSchema });

export const placeOrderSchema = z
  .object({
    idempotencyKey: z.uuid("This form has expired: reload the page."),
    companyId: z.string().min(1, "Choose a company.").max(64),
    serviceId: z.coerce.number({ message: "Choose a service." }).int().positive("Choose a service.").max(POSTGRES_INT_MAX, "Choose a service."),
    link: z
      .string()
      .trim()
      .min(1, "Enter the target link.")
      .max(500, "The link is too long (500 characters at most).")
      .transform((text, ctx) => {
        const parsed = parseTargetLink(text);
        if (parsed.ok) return parsed.link.url;
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }),
    quantity: optionalPositiveInt("quantity"),
    runs: optionalPositiveInt("number of runs"),
    interval: optionalPositiveInt("interval"),
    comments: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(20_000)
        .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
        .optional(),
    ),
    answerNumber: optionalPositiveInt("answer number"),
    multiplier: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d{1,4}(\.\d{1,4})?$/, "Enter the multiplier as a number like 8 or 7.5 (up to 4 decimals).")
        .refine((value) => Number(value) > 0 && Number(value) <= 1000, "The multiplier must be more than 0 and at most 1000.")
        .optional(),
    ),
    confirmBelowCost: z.string().max(10).optional(),
  })
  .superRefine((value, ctx) => {
    requireBelowCostConfirmation(value.multiplier, value.confirmBelowCost, ctx, "multiplier");
    if ((value.runs === undefined) !== (value.interval === undefined)) {
      ctx.addIssue({ code: "custom", path: [value.runs === undefined ? "runs" : "interval"], message: "For drip-feed, give both the number of runs and the interval." });
    }
    if (value.runs !== undefined && value.runs < 2) {
      ctx.addIssue({ code: "custom", path: ["runs"], message: "Drip-feed needs at least 2 runs." });
    }
  });

export const confirmPlacedSchema = orderIdSchema.extend({
  providerOrderId: z.coerce
    .number({ message: "Enter the panel's order number." })
    .int("Enter the panel's order number.")
    .positive("Enter the panel's order number.")
    .max(POSTGRES_INT_MAX, "This is not a panel order number."),
});
