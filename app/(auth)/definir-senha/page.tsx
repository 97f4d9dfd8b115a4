import type { Metadata } from "next";
import { PasswordLinkPage } from "@/components/auth/password-link-page";

// no-referrer: nothing this page links to or loads learns the address it was opened with.
export const metadata: Metadata = { title: "Definir senha", referrer: "no-referrer" };

/** A new account's link (issueSetPasswordLink): /definir-senha#<token>. */
export default function SetPasswordPage() {
  return <PasswordLinkPage title="Definir senha" />;
}
