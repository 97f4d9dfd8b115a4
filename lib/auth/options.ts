import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/config/env";
import type { Role } from "@/lib/db";
import { addressFromHeaders } from "./client-address";
import { endSession, SESSION_TTL_MS } from "./sessions";
import { signInWithPassword } from "./sign-in";

declare module "next-auth" {
  interface User {
    role: Role;
    sid: string;
  }
  interface Session {
    user: { id: string; role: Role; sid: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    /** The UserSession row this cookie stands for (lib/auth/sessions.ts). */
    sid: string;
  }
}

/**
 * The session cookie's name, as next-auth names it: with the __Secure- prefix when its cookies
 * are Secure (useSecureCookies below). lib/auth/session.ts reads the cookie by it.
 */
export const SESSION_COOKIE = `${env.httpsOnly ? "__Secure-" : ""}next-auth.session-token`;

/**
 * next-auth (v4) with sign-in by CPF and password. The session cookie is a signed JWT (HttpOnly,
 * SameSite=Lax, Secure on https) that names a server-side session row; each request checks that
 * row (lib/auth/session.ts), so "Sair", a password change, a deactivation or a role change end
 * sessions at once, copied cookies included.
 */
export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  useSecureCookies: env.httpsOnly,
  session: { strategy: "jwt", maxAge: SESSION_TTL_MS / 1000 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "CPF",
      credentials: {
        cpf: { label: "CPF", type: "text" },
        password: { label: "Senha", type: "password" },
      },
      async authorize(credentials, request) {
        const agent = request?.headers?.["user-agent"];
        const result = await signInWithPassword(
          { cpf: credentials?.cpf, password: credentials?.password },
          {
            address: addressFromHeaders(request?.headers),
            userAgent: typeof agent === "string" ? agent : null,
          },
        );
        // next-auth shows its own error for null; the form shows our message from `error`.
        if (!result.ok) throw new Error(result.message);
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) Object.assign(token, { uid: user.id, role: user.role, sid: user.sid });
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.uid, role: token.role, sid: token.sid };
      return session;
    },
  },
  events: {
    // "Sair": the row ends, so the cookie is refused even where a copy of it survives.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid, new Date());
    },
  },
};
