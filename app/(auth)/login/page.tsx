import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { DemoLogins } from "@/components/demo/demo-logins";
import { FormAlert } from "@/components/ui/form-feedback";
import { CALLBACK_REFUSED, loginTarget } from "@/lib/auth/callback-url";
import { HOME_OF, getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Entrar" };

/** Other query parameters (next-auth's `error`, anything typed by hand) are ignored. */
export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { target, refused } = loginTarget((await searchParams).callbackUrl);
  const user = await getCurrentUser();
  if (user) redirect(target === "/" ? HOME_OF[user.role] : target);
  return (
    <div className="mx-auto max-w-sm space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">Entrar</h1>
      {refused && <FormAlert>{CALLBACK_REFUSED}</FormAlert>}
      <LoginForm callbackUrl={target} />
      <div className="flex justify-between text-sm">
        <Link href="/esqueci-senha" className="text-brand-700 underline">
          Esqueci minha senha
        </Link>
        <Link href="/esqueci-senha?primeiro=1" className="text-brand-700 underline">
          Primeiro acesso
        </Link>
      </div>
      <p className="text-sm">
        <Link href="/privacidade" className="text-brand-700 underline">
          Política de privacidade
        </Link>
      </p>
      <DemoLogins />
    </div>
  );
}
