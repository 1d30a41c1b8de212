import { Hono } from "hono";
import { z } from "zod";
import { parseQuery } from "../../control/control-validation";
import { bareAddress } from "./email-address";
import { toSandboxEmail } from "./email-views";
import type { ResendStore } from "./resend-store";

const emailQuerySchema = z.object({ to: z.string().min(1).optional() });

/** `GET /_control/resend/emails?to=`: stored e-mails, newest first, optionally for one recipient. */
export function createResendControl(store: ResendStore): Hono {
  const control = new Hono();
  control.get("/emails", (c) => {
    const query = parseQuery(c, emailQuerySchema);
    if (!query.ok) return query.response;
    const recipient = query.data.to === undefined ? undefined : bareAddress(query.data.to);
    const emails = store
      .newestFirst()
      .filter((email) => recipient === undefined || email.to.some((address) => bareAddress(address) === recipient));
    return c.json({ emails: emails.map(toSandboxEmail) });
  });
  return control;
}
