import { UserFacingError } from "@/lib/errors";

export class InvoiceNotFoundError extends UserFacingError {
  override name = "InvoiceNotFoundError";
  constructor() {
    super("This invoice does not exist.");
  }
}
