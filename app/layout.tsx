import type { Metadata } from "next";
import localFont from "next/font/local";
import { cookies } from "next/headers";
import Link from "next/link";
import { DemoBanner } from "@/components/demo/demo-banner";
import { HashFocus } from "@/components/layout/hash-focus";
import { SessionTimer } from "@/components/layout/session-timer";
import { SkipLinks } from "@/components/layout/skip-links";
import { TopBar } from "@/components/layout/top-bar";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { LiveRegion } from "@/components/ui/live-region";
import { CONTRAST_COOKIE, HIGH_CONTRAST, HIGH_CONTRAST_CLASS } from "@/lib/web/contrast";
import "./globals.css";

// Served from our own build (from the @fontsource package): no request to a font host, ever.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Portal de Atendimento", template: "%s | Portal de Atendimento" },
  description: "Abra e acompanhe solicitações de atendimento.",
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Read on the server so that the first paint already has the person's theme.
  const highContrast = (await cookies()).get(CONTRAST_COOKIE)?.value === HIGH_CONTRAST;
  return (
    <html
      lang="pt-BR"
      className={highContrast ? `${inter.variable} ${HIGH_CONTRAST_CLASS}` : inter.variable}
    >
      <body className="min-h-screen font-sans">
        <SkipLinks />
        <DemoBanner />
        <TopBar highContrast={highContrast} />
        <main
          id="conteudo"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl px-4 py-8 print:max-w-none print:p-0"
        >
          <PrivacyNotice />
          {children}
        </main>
        <footer className="mx-auto w-full max-w-6xl border-t border-slate-200 px-4 py-4 text-sm print:hidden">
          <Link href="/horario-de-atendimento" className="text-brand-700 underline">
            Horário de atendimento
          </Link>{" "}
          ·{" "}
          <Link href="/privacidade" className="text-brand-700 underline">
            Política de privacidade
          </Link>{" "}
          ·{" "}
          <Link href="/acessibilidade" className="text-brand-700 underline">
            Acessibilidade
          </Link>
        </footer>
        <LiveRegion />
        <SessionTimer />
        <HashFocus />
      </body>
    </html>
  );
}
