import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import { authenticate, findSessionAccount } from "./accounts";
import { authLogger } from "./auth-logger";
import { endAuthSession, startAuthSession } from "./auth-sessions";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sessionVersion?: number;
    /** The AuthSession row: ended on logout, checked on every request. */
    sessionId?: string;
  }
}

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Carries "retry after N seconds" to the login form through Auth.js's `code`. */
export class RateLimitedSignin extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

const credentialsSchema = z.object({ email: z.string().max(320), password: z.string().max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  logger: authLogger(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Also reachable by a direct POST to /api/auth/callback/credentials, so the
      // rate limits live here rather than in the login form's action.
      async authorize(raw, request) {
        const credentials = credentialsSchema.safeParse(raw);
        if (!credentials.success) return null;
        const result = await authenticate(credentials.data, clientIpFrom(request.headers, env().TRUSTED_PROXY_HOPS));
        if (result.ok) {
          const { id, email, name, sessionVersion } = result.account;
          return { id, email, name, sessionVersion };
        }
        if (result.reason === "rate_limited") throw new RateLimitedSignin(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
  events: {
    // Ends the session on the server: a copy of the cookie is refused from now on.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sessionId : undefined;
      if (typeof sessionId === "string") await endAuthSession(sessionId);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sessionVersion = user.sessionVersion;
        token.sessionId = await startAuthSession(user.id, SESSION_MAX_AGE_SECONDS);
        return token;
      }
      if (!token.sub || typeof token.sessionVersion !== "number" || typeof token.sessionId !== "string") return null;
      // Logout ends the session's row; a password change or reset bumps the version.
      const account = await findSessionAccount(token.sub, token.sessionVersion, token.sessionId);
      if (!account) return null;
      token.name = account.name;
      token.email = account.email;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
