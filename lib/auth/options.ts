import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/config/env";
import type { Role } from "@/lib/db";
import { authenticate } from "./authenticate";
import { addressFromHeaders } from "./client-address";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; role: Role; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    sessionVersion: number;
  }
}

/**
 * next-auth (v4) with sign-in by CPF and password. Sessions are signed JWT cookies (HttpOnly,
 * SameSite=Lax, Secure on https), so any portal process can read them; each request then checks
 * the user's session version in the database (lib/auth/session.ts), which is how a password
 * change, a deactivation or a role change ends the other sessions.
 */
export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  useSecureCookies: env.appUrl.startsWith("https://"),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "CPF",
      credentials: {
        cpf: { label: "CPF", type: "text" },
        password: { label: "Senha", type: "password" },
      },
      async authorize(credentials, request) {
        const address = addressFromHeaders(request?.headers);
        const result = await authenticate({
          cpf: String(credentials?.cpf ?? ""),
          password: String(credentials?.password ?? ""),
          address,
        });
        // next-auth shows its own error for null; the form shows our message from `error`.
        if (!result.ok) throw new Error(result.message);
        return {
          id: result.user.id,
          role: result.user.role,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user)
        Object.assign(token, {
          uid: user.id,
          role: user.role,
          sessionVersion: user.sessionVersion,
        });
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.uid, role: token.role, sessionVersion: token.sessionVersion };
      return session;
    },
  },
};
