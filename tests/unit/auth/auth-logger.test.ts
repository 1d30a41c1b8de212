import { CredentialsSignin, JWTSessionError } from "@auth/core/errors";
import { decode, encode } from "@auth/core/jwt";
import { describe, expect, it } from "vitest";
import { authLogger } from "@/lib/auth/auth-logger";
import { collectingLogger } from "../../support/log-lines";

const secret = "a-test-secret-of-at-least-32-characters!";
const salt = "authjs.session-token";

/** What Auth.js hands its logger when a session cookie does not decrypt. */
async function tamperedCookieError(): Promise<JWTSessionError> {
  const cookie = await encode({ token: { sub: "user-1" }, secret, salt });
  const tampered = `${cookie.slice(0, -6)}AAAAAA`;
  try {
    await decode({ token: tampered, secret, salt });
  } catch (error) {
    // As Auth.js does: its typings list only a message, its constructor wraps an error.
    return Reflect.construct(JWTSessionError, [error]) as JWTSessionError;
  }
  throw new Error("the tampered cookie decoded");
}

describe("Auth.js log lines", () => {
  it("a tampered session cookie is one warning that says what happened, without a stack", async () => {
    const { logger, raw, lines } = collectingLogger();
    authLogger(logger).error(await tamperedCookieError());
    expect(raw).toHaveLength(1);
    const [line] = lines();
    expect(line).toMatchObject({ level: "warn", msg: expect.stringContaining("session cookie refused") });
    expect(String(line?.reason)).not.toContain("authjs.dev");
    expect(String(line?.error)).toMatch(/^JWE/);
    expect(raw[0]).not.toMatch(/\n|\bat \w/);
  });

  it("a wrong password is not logged", () => {
    const { logger, raw } = collectingLogger();
    authLogger(logger).error(new CredentialsSignin());
    expect(raw).toEqual([]);
  });
});
