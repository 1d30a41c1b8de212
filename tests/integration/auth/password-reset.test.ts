import { beforeAll, describe, expect, it } from "vitest";
import { authenticate, findSessionAccount, registerSuperAdmin } from "@/lib/auth/accounts";
import {
  checkPasswordResetAllowed,
  INVALID_RESET_LINK_MESSAGE,
  isResetTokenUsable,
  requestPasswordReset,
  resetPassword,
} from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { sendPasswordResetFunction } from "@/inngest/functions/send-password-reset";
import { sandboxMailsTo } from "../../support/sandbox-mail";
import { runWorkflowsUntilIdle } from "../../support/workflows/run-workflows";

async function requestAndRunWorkflow(address: string): Promise<void> {
  await requestPasswordReset(address);
  await runWorkflowsUntilIdle([sendPasswordResetFunction]);
}

const email = "owner@agency.test";
const password = "blue canyon river 42";

async function requestLinkToken(): Promise<string> {
  const before = (await sandboxMailsTo(email)).length;
  await requestAndRunWorkflow(email);
  const mails = await sandboxMailsTo(email);
  expect(mails).toHaveLength(before + 1);
  const link = /https?:\/\/\S+\/reset-password\?token=([\w-]+)/.exec(mails[0]?.text ?? "");
  if (!link?.[1]) throw new Error("no reset link in the e-mail");
  return link[1];
}

beforeAll(async () => {
  await registerSuperAdmin({ name: "Owner", email, password }, "10.9.0.1");
});

describe("password reset", () => {
  it("sends nothing and stores nothing for an unknown address", async () => {
    await requestAndRunWorkflow("stranger@agency.test");
    expect(await sandboxMailsTo("stranger@agency.test")).toHaveLength(0);
    expect(await db.passwordResetToken.count()).toBe(0);
  });

  it("e-mails a link whose token is stored only as a hash, valid 30 minutes", async () => {
    const token = await requestLinkToken();
    const stored = await db.passwordResetToken.findFirstOrThrow();
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.tokenHash).not.toContain(token);
    // Kept encrypted only until the mail went out.
    expect(stored.sealedToken).toBeNull();
    expect(stored.emailedAt).not.toBeNull();
    const minutesValid = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000;
    expect(minutesValid).toBeCloseTo(30, 0);
    expect(await isResetTokenUsable(token)).toBe(true);
    const logged = JSON.stringify(await db.integrationLog.findMany({ where: { provider: "resend" } }));
    expect(logged).toContain("/reset-password?token=");
    expect(logged).not.toContain(token);
  });

  it("works once, signs out every session, and the old password stops working", async () => {
    const token = await requestLinkToken();
    const { id, sessionVersion } = await db.user.findFirstOrThrow();

    await resetPassword(token, "green valley stone 7");

    expect(await findSessionAccount(id, sessionVersion)).toBeNull();
    expect(await authenticate({ email, password }, "10.9.1.1")).toMatchObject({ ok: false });
    expect(await authenticate({ email, password: "green valley stone 7" }, "10.9.1.2")).toMatchObject({ ok: true });
    await expect(resetPassword(token, "another new password 9")).rejects.toThrow(INVALID_RESET_LINK_MESSAGE);
    expect(await isResetTokenUsable(token)).toBe(false);
  });

  it("refuses an expired link", async () => {
    const token = await requestLinkToken();
    await db.passwordResetToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1_000) } });
    await expect(resetPassword(token, "another new password 9")).rejects.toThrow(INVALID_RESET_LINK_MESSAGE);
  });

  it("lets only the newest link work", async () => {
    const older = await requestLinkToken();
    const newer = await requestLinkToken();
    await expect(resetPassword(older, "another new password 9")).rejects.toThrow(INVALID_RESET_LINK_MESSAGE);
    await expect(resetPassword(newer, "another new password 9")).resolves.toBeUndefined();
  });

  it("applies the same limit to known and unknown addresses", async () => {
    for (const address of [email, "stranger@agency.test"]) {
      for (let i = 0; i < 3; i++) await checkPasswordResetAllowed(address, `10.9.2.${i}`);
      await expect(checkPasswordResetAllowed(address, "10.9.2.9")).rejects.toBeInstanceOf(RateLimitedError);
    }
  });
});
