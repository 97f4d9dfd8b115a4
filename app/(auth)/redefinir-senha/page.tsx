import type { Metadata } from "next";
import { PasswordLinkPage } from "@/components/auth/password-link-page";

// no-referrer: nothing this page links to or loads learns the address it was opened with.
export const metadata: Metadata = { title: "Redefinir senha", referrer: "no-referrer" };

/** The "Esqueci minha senha" link: /redefinir-senha#<token>. */
export default function ResetPasswordPage() {
  return <PasswordLinkPage title="Redefinir senha" />;
}
