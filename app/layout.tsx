import type { Metadata } from "next";
import localFont from "next/font/local";
import Link from "next/link";
import { DemoBanner } from "@/components/demo/demo-banner";
import { TopBar } from "@/components/layout/top-bar";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
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

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="pt-BR" className={inter.variable}>
      <body className="min-h-screen font-sans">
        <a
          href="#conteudo"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Pular para o conteúdo
        </a>
        <DemoBanner />
        <TopBar />
        <main
          id="conteudo"
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
          </Link>
        </footer>
      </body>
    </html>
  );
}
