import type { ProviderSimulator } from "../../core/provider-simulator";
import { createGraphErrorResponder, graphFaultBodies } from "../facebook/graph-errors";
import { createInstagramApi } from "./instagram-api";
import { INSTAGRAM_SANDBOX_APP } from "./instagram-app";
import { createInstagramAuthorizePages } from "./instagram-authorize";
import { createInstagramControl } from "./instagram-control";
import { InstagramSandboxState } from "./instagram-state";

const AUTHORIZE_PREVIEW = `/instagram/www/oauth/authorize?client_id=${INSTAGRAM_SANDBOX_APP.id}&redirect_uri=${encodeURIComponent("http://localhost:3000/oauth/instagram/callback")}&response_type=code&scope=instagram_business_basic&state=preview`;

/**
 * Instagram API with Instagram Login: the authorize page under `/instagram/www`, the code exchange
 * under `/instagram/api` and the Instagram Graph API under `/instagram/graph`.
 */
export const instagramSimulator: ProviderSimulator = {
  name: "instagram",
  baseUrlEnvVar: "INSTAGRAM_GRAPH_BASE_URL",
  faultBodies: graphFaultBodies,
  humanPages: [{ label: "Authorize page", path: AUTHORIZE_PREVIEW }],
  create(context) {
    const state = new InstagramSandboxState(context.random);
    return {
      api: createInstagramApi(context, state, createGraphErrorResponder(context.random)),
      pages: createInstagramAuthorizePages(context, state),
      control: createInstagramControl(state),
      reset: () => state.reset(),
    };
  },
};
