import type { PaymentMethod } from "@/lib/generated/prisma/enums";

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = {
  BANK_TRANSFER: "Bank transfer",
  CARD: "Card",
  PAYPAL: "PayPal",
  CASH: "Cash",
  OTHER: "Other",
};
