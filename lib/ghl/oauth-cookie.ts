/** The httpOnly cookie that binds an OAuth state to the browser that started the flow (path /oauth/ghl). */
export const GHL_BROWSER_COOKIE = "ghl_oauth_browser";
