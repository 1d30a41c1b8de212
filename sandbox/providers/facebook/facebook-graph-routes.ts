import type { Context, Hono } from "hono";
import type { SandboxContext } from "../../core/sandbox-context";
import type { FacebookSandboxState, FacebookToken } from "./facebook-state";
import { identifyGraphCaller } from "./graph-caller";
import type { GraphErrorResponder } from "./graph-errors";
import { selectFields } from "./graph-fields";
import {
  NODE_DEFAULT_FIELDS,
  PAGE_ADMIN_TASKS,
  canSeePage,
  instagramUserNode,
  pageNode,
  userNode,
} from "./graph-nodes";
import { listWindow, pagingFor } from "./graph-paging";

type ResolvedNode = { type: string; fields: Record<string, unknown>; defaults: readonly string[] };

/** The public URL of this request: the gateway strips the simulator's mount from the path. */
function publicRequestUrl(c: Context, mountPath: string): URL {
  const url = new URL(c.req.url);
  url.pathname = `${mountPath}${url.pathname}`;
  return url;
}

/** `me/accounts`, `me` and `/{object-id}` (Pages, Instagram accounts, the user). */
export function addFacebookGraphRoutes(
  api: Hono,
  context: SandboxContext,
  state: FacebookSandboxState,
  respond: GraphErrorResponder,
  mountPath: string,
): void {
  /** A live Page token derived from the user token, issued on first listing. */
  const pageTokenFor = (userToken: FacebookToken, pageId: string, nowMs: number): FacebookToken => {
    const existing = state.tokens
      .childrenOf(userToken.id)
      .find((child) => child.grant.pageId === pageId && state.tokens.check(child.value, nowMs).ok);
    if (existing !== undefined) return existing;
    // From a long-lived user token Page tokens never expire; from a short-lived one they die with it.
    const lifetimeSeconds =
      userToken.kind === "long_lived_user" || userToken.expiresAtMs === null
        ? null
        : Math.max(0, (userToken.expiresAtMs - nowMs) / 1000);
    return state.tokens.issue({
      kind: "page",
      grant: { ...userToken.grant, pageId },
      nowMs,
      lifetimeSeconds,
      parentId: userToken.id,
    });
  };

  const pageFor = (token: FacebookToken, pageId: string): ResolvedNode | null => {
    const page = state.account.findPage(pageId);
    if (page === undefined || !canSeePage(token, page.id)) return null;
    return { type: "Page", fields: pageNode(page), defaults: NODE_DEFAULT_FIELDS.page };
  };

  const instagramUserFor = (token: FacebookToken, instagramId: string): ResolvedNode | null => {
    const linked = state.account.findInstagramAccount(instagramId);
    if (linked === undefined || !canSeePage(token, linked.page.id)) return null;
    return { type: "IGUser", fields: instagramUserNode(linked.account), defaults: NODE_DEFAULT_FIELDS.instagramUser };
  };

  /** `me` is the user for a user token and the Page for a Page token. */
  const resolveNode = (token: FacebookToken, nodeId: string): ResolvedNode | null => {
    const user: ResolvedNode = { type: "User", fields: userNode(), defaults: NODE_DEFAULT_FIELDS.user };
    if (nodeId === "me") return token.grant.pageId === null ? user : pageFor(token, token.grant.pageId);
    if (nodeId === token.grant.userId) return user;
    return pageFor(token, nodeId) ?? instagramUserFor(token, nodeId);
  };

  api.get("/graph/:version/me/accounts", (c) => {
    const caller = identifyGraphCaller(c, context, state);
    if (!caller.ok) return respond(c, 400, caller.error);
    const { token } = caller;
    if (token.kind === "page") {
      return respond(c, 400, { code: 100, message: "(#100) Tried accessing nonexisting field (accounts) on node type (Page)" });
    }
    const granted = state.account.pages.filter((page) => token.grant.pageIds.includes(page.id));
    const slice = listWindow(c.req.query("limit"), c.req.query("after"), granted.length);
    if (!slice.ok) return respond(c, 400, slice.error);

    const nowMs = context.clock.nowMs();
    const data: Record<string, unknown>[] = [];
    for (const page of granted.slice(slice.window.start, slice.window.end)) {
      const entry = { ...pageNode(page), access_token: pageTokenFor(token, page.id, nowMs).value, tasks: PAGE_ADMIN_TASKS };
      const selected = selectFields("Page", entry, c.req.query("fields"), NODE_DEFAULT_FIELDS.pageListEntry);
      if (!selected.ok) return respond(c, 400, selected.error);
      data.push(selected.body);
    }
    const paging = pagingFor(slice.window, granted.length, publicRequestUrl(c, mountPath));
    return c.json(paging === undefined ? { data } : { data, paging });
  });

  api.get("/graph/:version/:nodeId", (c) => {
    const caller = identifyGraphCaller(c, context, state);
    if (!caller.ok) return respond(c, 400, caller.error);
    const nodeId = c.req.param("nodeId");
    const node = resolveNode(caller.token, nodeId);
    if (node === null) {
      return respond(c, 400, {
        code: 100,
        subcode: 33,
        type: "GraphMethodException",
        message: `Unsupported get request. Object with ID '${nodeId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
      });
    }
    const selected = selectFields(node.type, node.fields, c.req.query("fields"), node.defaults);
    return selected.ok ? c.json(selected.body) : respond(c, 400, selected.error);
  });
}
