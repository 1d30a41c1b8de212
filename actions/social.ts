"use server";

import { formInput } from "@/lib/forms/form-fields";
import { confirmFacebookSelection } from "@/lib/social/facebook-callback";
import { FACEBOOK_SELECTION_LISTS } from "@/lib/social/facebook-selection-fields";
import { disconnectSocialAccount } from "@/lib/social/disconnect-account";
import { refreshAccountNow, validateAccountNow } from "@/lib/social/manual-checks";
import { requestReconnectLink, startReconnectFromLink } from "@/lib/social/reconnect-links";
import { startConnect } from "@/lib/social/start-connect";
import { adminActionClient, publicActionClient } from "./safe-action";
import {
  confirmFacebookSelectionSchema,
  reconnectTokenSchema,
  socialAccountIdSchema,
  startSocialConnectSchema,
} from "./social.validation";

/** Returns the provider's consent page; the browser goes there. */
export const startSocialConnectAction = adminActionClient
  .metadata({ actionName: "startSocialConnect" })
  .inputSchema(startSocialConnectSchema)
  .action(async ({ parsedInput, ctx }) => ({
    url: await startConnect(parsedInput.flow, parsedInput.companyId, { adminUserId: ctx.session.userId }),
  }));

export const confirmFacebookSelectionAction = adminActionClient
  .metadata({ actionName: "confirmFacebookSelection" })
  .inputSchema(formInput(confirmFacebookSelectionSchema, FACEBOOK_SELECTION_LISTS))
  .stateAction(async ({ parsedInput, ctx }) => {
    const saved = await confirmFacebookSelection({ ...parsedInput, adminUserId: ctx.session.userId });
    return { url: `/companies/${saved.companyId}/social`, count: saved.accountIds.length };
  });

export const refreshSocialAccountAction = adminActionClient
  .metadata({ actionName: "refreshSocialAccount" })
  .inputSchema(socialAccountIdSchema)
  .action(({ parsedInput }) => refreshAccountNow(parsedInput.accountId));

export const validateSocialAccountAction = adminActionClient
  .metadata({ actionName: "validateSocialAccount" })
  .inputSchema(socialAccountIdSchema)
  .action(({ parsedInput }) => validateAccountNow(parsedInput.accountId));

export const disconnectSocialAccountAction = adminActionClient
  .metadata({ actionName: "disconnectSocialAccount" })
  .inputSchema(socialAccountIdSchema)
  .action(async ({ parsedInput }) => {
    const outcome = await disconnectSocialAccount(parsedInput.accountId);
    return { message: outcome.note ?? (outcome.revokedAtProvider ? "Disconnected and revoked at the provider." : "Disconnected.") };
  });

export const sendSocialReconnectLinkAction = adminActionClient
  .metadata({ actionName: "sendSocialReconnectLink" })
  .inputSchema(socialAccountIdSchema)
  .action(async ({ parsedInput }) => {
    const { sentTo } = await requestReconnectLink(parsedInput.accountId);
    return { message: `A reconnect link is on its way to ${sentTo}.` };
  });

/** The client's "Reconnect" on the public page: no session, the link's token is the authority. */
export const startReconnectAction = publicActionClient
  .metadata({ actionName: "startReconnect" })
  .inputSchema(reconnectTokenSchema)
  .action(async ({ parsedInput }) => ({ url: await startReconnectFromLink(parsedInput.token) }));
