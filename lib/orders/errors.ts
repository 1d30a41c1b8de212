import { UserFacingError } from "@/lib/errors";
import type { FieldErrors } from "./order-request";

/** The order form's inputs do not fit the service; each message names what to change. */
export class OrderValidationError extends UserFacingError {
  override name = "OrderValidationError";
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors)[0] ?? "Check the order's details.");
  }
}
