import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeTikTokCallback } from "@/lib/social/tiktok-callback";
import { getReconnectPage, requestReconnectLink, sendReconnectLinkEmail, startReconnectFromLink } from "@/lib/social/reconnect-links";
import { refreshSocialAccount } from "@/lib/social/refresh-account";
import { approveSandboxConsent } from "../../../sandbox/providers/tiktok/consent-flow";
import { createTikTokSandboxControl } from "../../../sandbox/providers/tiktok/control-client";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { callbackProblemOf, clearSocialDataBeforeEach, connectTikTok, createCompany, later } from "./social-fixtures";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();
clearSocialDataBeforeEach();
const tiktokControl = createTikTokSandboxControl(sandboxUrl);

async function accountNeedingReconnect(contactEmail: string | null = "owner@sunrise.test") {
  const company = await createCompany({ contactEmail });
  const account = await connectTikTok(company.id);
  await tiktokControl.revoke({ openId: account.externalId });
  await refreshSocialAccount(account.id, { force: true });
  return account;
}

/** The link in the e-mail the sandbox mailbox received. */
async function mailedLink(to: string): Promise<string> {
  const [mail] = await control.resendEmails({ to });
  const link = mail?.links.find((candidate) => candidate.includes("/reconnect/"));
  if (link === undefined) throw new Error("no reconnect link was mailed");
  return link;
}

describe("the client reconnect link", () => {
  it("is e-mailed through the outbox, works without a login, reconnects the account and works once", async () => {
    const account = await accountNeedingReconnect();

    const { linkId, sentTo } = await requestReconnectLink(account.id);
    expect(sentTo).toBe("owner@sunrise.test");
    expect(await db.outboxEvent.findUnique({ where: { id: `social-reconnect-link:${linkId}` } })).toMatchObject({
      name: "social/reconnect-link.requested",
    });
    expect(await sendReconnectLinkEmail(linkId)).toEqual({ sent: true });
    const link = await mailedLink("owner@sunrise.test");
    const token = new URL(link).pathname.split("/").at(-1) ?? "";
    const stored = await db.socialReconnectLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(JSON.stringify(stored)).not.toContain(token);
    const [sendCall] = await control.requests({ provider: "resend", path: "/emails" });
    expect(sendCall?.headers["idempotency-key"]).toBe(`social-reconnect-link:${linkId}`);

    expect(await getReconnectPage(token)).toMatchObject({ status: "usable", accountName: "Nova Bakes", platform: "TIKTOK" });
    const authorizationUrl = await startReconnectFromLink(token);
    const callback = await approveSandboxConsent(authorizationUrl);
    const result = await completeTikTokCallback({ params: callback.searchParams, sessionUserId: null });

    expect(result).toEqual({ kind: "connected", companyId: account.companyId, accountIds: [account.id], viaReconnectLink: true });
    expect(await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ status: "CONNECTED", lastError: null });
    expect(await db.alert.count({ where: { subjectKey: account.id, resolvedAt: null } })).toBe(0);
    expect(await getReconnectPage(token)).toEqual({ status: "invalid" });
    await expect(startReconnectFromLink(token)).rejects.toThrow(/expired or was already used/);
  });

  it("refuses another account than the one the link is for", async () => {
    const account = await accountNeedingReconnect();
    const { linkId } = await requestReconnectLink(account.id);
    await sendReconnectLinkEmail(linkId);
    const token = new URL(await mailedLink("owner@sunrise.test")).pathname.split("/").at(-1) ?? "";

    const callback = await approveSandboxConsent(await startReconnectFromLink(token), "-000sandboxCreatorRio");

    expect(await callbackProblemOf(completeTikTokCallback({ params: callback.searchParams, sessionUserId: null }))).toBe("wrong_account");
    expect((await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("NEEDS_RECONNECT");
  });

  it("expires, only the newest link works, and it needs a contact e-mail and an account in trouble", async () => {
    const account = await accountNeedingReconnect();
    const first = await requestReconnectLink(account.id);
    await sendReconnectLinkEmail(first.linkId);
    const firstToken = new URL(await mailedLink("owner@sunrise.test")).pathname.split("/").at(-1) ?? "";
    await requestReconnectLink(account.id);

    expect(await getReconnectPage(firstToken)).toEqual({ status: "invalid" });
    expect(await sendReconnectLinkEmail(first.linkId)).toEqual({ sent: false });

    const healthy = await connectTikTok((await createCompany()).id, "-000sandboxCreatorRio");
    await expect(requestReconnectLink(healthy.id)).rejects.toThrow(/need reconnecting or expire soon/);
    const noContact = await accountNeedingReconnect(null);
    await expect(requestReconnectLink(noContact.id)).rejects.toThrow(/Add a contact e-mail/);

    const fresh = await requestReconnectLink(account.id);
    const link = await db.socialReconnectLink.findUniqueOrThrow({ where: { id: fresh.linkId } });
    expect(await sendReconnectLinkEmail(fresh.linkId, later(73 * 3600 * 1000))).toEqual({ sent: false });
    expect(link.expiresAt.getTime()).toBeLessThanOrEqual(later(72 * 3600 * 1000).getTime());
  });
});
