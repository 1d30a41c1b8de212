import { describe, expect, it } from "vitest";
import { isRegistrationOpen, REGISTRATION_CLOSED_MESSAGE, registerSuperAdmin } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { rateLimitRules } from "@/lib/rate-limit/rules";

const password = "blue canyon river 42";

describe("registering the super-admin", () => {
  it("lets exactly one of ten simultaneous first registrations win", async () => {
    expect(await isRegistrationOpen()).toBe(true);
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        registerSuperAdmin({ name: `Admin ${i}`, email: `admin${i}@agency.test`, password }, `10.0.0.${i}`),
      ),
    );
    const winners = attempts.filter((attempt) => attempt.status === "fulfilled");
    const losers = attempts.filter((attempt) => attempt.status === "rejected");
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(9);
    for (const loser of losers) {
      expect(loser.reason).toBeInstanceOf(UserFacingError);
      expect(loser.reason.message).toBe(REGISTRATION_CLOSED_MESSAGE);
    }
    expect(await db.user.count({ where: { role: "SUPER_ADMIN" } })).toBe(1);
    expect(await isRegistrationOpen()).toBe(false);
  });

  it("is refused afterwards, and the database itself refuses a second super-admin", async () => {
    await expect(
      registerSuperAdmin({ name: "Late", email: "late@agency.test", password }, "10.0.1.1"),
    ).rejects.toThrow(REGISTRATION_CLOSED_MESSAGE);
    await expect(
      db.user.create({ data: { name: "Sneaky", email: "sneaky@agency.test", passwordHash: "x", role: "SUPER_ADMIN" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("stores an argon2id hash, never the password", async () => {
    const user = await db.user.findFirstOrThrow();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(password);
  });
});

describe("registration rate limits", () => {
  it("limits attempts per address as well as per IP, and says when to retry", async () => {
    const attempt = (ip: string) => registerSuperAdmin({ name: "Again", email: "again@agency.test", password }, ip);
    for (let i = 0; i < rateLimitRules.registerPerAccount.limit; i++) {
      await expect(attempt(`10.7.0.${i}`)).rejects.toThrow(REGISTRATION_CLOSED_MESSAGE);
    }
    await expect(attempt("10.7.1.1")).rejects.toThrow(/^Too many registration attempts\. Try again in \d+ minutes?\.$/);
  });
});
