import type { ProviderSimulator } from "../../core/provider-simulator";
import { createResendControl } from "./control-router";
import { createMailboxPages } from "./mailbox-router";
import { resendFaultBodies } from "./resend-errors";
import { ResendStore } from "./resend-store";
import { createResendApi } from "./router";

const MAILBOX_PATH = "/resend/mailbox";

export const resendSimulator: ProviderSimulator = {
  name: "resend",
  baseUrlEnvVar: "RESEND_BASE_URL",
  faultBodies: resendFaultBodies,
  humanPages: [{ label: "Mailbox", path: MAILBOX_PATH }],
  create(context) {
    const store = new ResendStore();
    return {
      api: createResendApi(context, store),
      pages: createMailboxPages(store, MAILBOX_PATH),
      control: createResendControl(store),
      reset: () => store.clear(),
    };
  },
};
