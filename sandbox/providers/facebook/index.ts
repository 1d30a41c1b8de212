import type { ProviderSimulator } from "../../core/provider-simulator";
import { createFacebookApi } from "./facebook-api";
import { FACEBOOK_SANDBOX_APP } from "./facebook-app";
import { createFacebookControl } from "./facebook-control";
import { createFacebookDialogPages } from "./facebook-dialog";
import { FacebookSandboxState } from "./facebook-state";
import { createGraphErrorResponder, graphFaultBodies } from "./graph-errors";

const MOUNT_PATH = "/facebook";
const DIALOG_PREVIEW = `${MOUNT_PATH}/www/v21.0/dialog/oauth?client_id=${FACEBOOK_SANDBOX_APP.id}&redirect_uri=${encodeURIComponent("http://localhost:3000/oauth/facebook/callback")}&scope=pages_show_list,instagram_basic&state=preview`;

/**
 * Facebook Login and the Graph API: the Login dialog under `/facebook/www` (FACEBOOK_WEB_BASE_URL),
 * Graph under `/facebook/graph` (FACEBOOK_GRAPH_BASE_URL).
 */
export const facebookSimulator: ProviderSimulator = {
  name: "facebook",
  baseUrlEnvVar: "FACEBOOK_GRAPH_BASE_URL",
  faultBodies: graphFaultBodies,
  humanPages: [{ label: "Login dialog", path: DIALOG_PREVIEW }],
  create(context) {
    const state = new FacebookSandboxState(context.random);
    return {
      api: createFacebookApi(context, state, createGraphErrorResponder(context.random), MOUNT_PATH),
      pages: createFacebookDialogPages(context, state),
      control: createFacebookControl(state, context),
      reset: () => state.reset(),
    };
  },
};
