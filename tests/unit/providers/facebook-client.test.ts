import { describe, expect, it } from "vitest";
import { createFacebookClient, type FacebookClientConfig } from "@/lib/providers/facebook";
import { appSecretProof } from "@/lib/providers/facebook/appsecret-proof";
import { providerErrorOf } from "../../support/provider-error";

const config: FacebookClientConfig = {
  appId: "123",
  appSecret: "app-secret",
  graphVersion: "v21.0",
  webBaseUrl: "https://www.facebook.test",
  graphBaseUrl: "https://graph.facebook.test",
};
const USER_TOKEN = "EAAuser";

const pageOf = (id: string) => ({ id, name: `Page ${id}`, access_token: `EAApage${id}` });

/** A fetch that answers each call with the next body and remembers the URLs it was sent. */
function scriptedGraph(...bodies: unknown[]) {
  const urls: string[] = [];
  const fetchImpl = async (input: string | URL | Request): Promise<Response> => {
    urls.push(String(input));
    const body = bodies[urls.length - 1];
    if (body === undefined) throw new Error(`unexpected call #${urls.length}`);
    return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
  };
  return { fetch: fetchImpl as typeof fetch, urls };
}

describe("createFacebookClient", () => {
  it("builds the Login dialog URL with comma-separated scopes", () => {
    const url = new URL(
      createFacebookClient(config).buildFacebookAuthorizationUrl({
        state: "s 1",
        redirectUri: "https://app.test/cb?x=1",
        scopes: ["pages_show_list", "instagram_basic"],
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe("https://www.facebook.test/v21.0/dialog/oauth");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: "123",
      redirect_uri: "https://app.test/cb?x=1",
      state: "s 1",
      scope: "pages_show_list,instagram_basic",
      response_type: "code",
    });
  });

  it("follows paging.next with its own token and proof, whatever the link carried", async () => {
    const next = `https://graph.facebook.test/v21.0/me/accounts?access_token=EAAstale&limit=100&after=MQ`;
    const graph = scriptedGraph({ data: [pageOf("1")], paging: { next } }, { data: [pageOf("2")] });
    const pages = await createFacebookClient(config, { fetch: graph.fetch }).listManagedPages(USER_TOKEN);

    expect(pages.map((page) => page.id)).toEqual(["1", "2"]);
    const second = new URL(graph.urls[1] ?? "");
    expect(second.searchParams.get("after")).toBe("MQ");
    expect(second.searchParams.get("access_token")).toBe(USER_TOKEN);
    expect(second.searchParams.get("appsecret_proof")).toBe(appSecretProof(USER_TOKEN, config.appSecret));
  });

  it("stops at an empty page even when Graph still sends a next link", async () => {
    const next = "https://graph.facebook.test/v21.0/me/accounts?after=Mg";
    const graph = scriptedGraph({ data: [pageOf("1")], paging: { next } }, { data: [], paging: { next } });
    expect(await createFacebookClient(config, { fetch: graph.fetch }).listManagedPages(USER_TOKEN)).toHaveLength(1);
    expect(graph.urls).toHaveLength(2);
  });

  it("never sends the user token to a host other than Graph", async () => {
    const graph = scriptedGraph({ data: [pageOf("1")], paging: { next: "https://evil.test/collect" } });
    const error = await providerErrorOf(createFacebookClient(config, { fetch: graph.fetch }).listManagedPages(USER_TOKEN));

    expect(error).toMatchObject({ kind: "unexpected", action: "list_pages" });
    expect(graph.urls).toHaveLength(1);
  });

  it("asks debug_token with the app token and reads a never-expiring token", async () => {
    const graph = scriptedGraph({ data: { is_valid: true, expires_at: 0, type: "PAGE", scopes: [] } });
    const info = await createFacebookClient(config, { fetch: graph.fetch }).debugToken("EAApage");
    expect(info).toMatchObject({ isValid: true, expiresAt: null, type: "PAGE" });
    const url = new URL(graph.urls[0] ?? "");
    expect(url.pathname).toBe("/v21.0/debug_token");
    expect(url.searchParams.get("input_token")).toBe("EAApage");
    expect(url.searchParams.get("access_token")).toBe("123|app-secret");
  });
});
