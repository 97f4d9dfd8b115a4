import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Esqueci minha senha" };

/** "Esqueci minha senha" and, with ?primeiro=1, "Primeiro acesso": the same e-mailed link. */
export default async function ForgotPasswordPage({ searchParams }: PageProps<"/esqueci-senha">) {
  const firstAccess = (await searchParams).primeiro === "1";
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">
        {firstAccess ? "Primeiro acesso" : "Esqueci minha senha"}
      </h1>
      <p className="text-sm text-slate-700">
        Informe o e-mail cadastrado. Enviaremos um link, válido por 1 hora, para você definir sua
        senha.
      </p>
      <ForgotPasswordForm />
      <Link href="/login" className="block text-sm text-brand-700 underline">
        Voltar para Entrar
      </Link>
    </div>
  );
}
