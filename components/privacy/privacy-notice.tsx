import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { AcknowledgeButton } from "./acknowledge-button";

/**
 * The first-login privacy notice: shown on every page to a signed-in person until they
 * acknowledge it (the date is kept). Read from the session's own row: no extra query.
 */
export async function PrivacyNotice() {
  const user = await getCurrentUser();
  if (!user || user.privacyAckAt) return null;
  return (
    <section
      aria-labelledby="aviso-privacidade"
      className="mb-6 space-y-2 rounded-lg border border-slate-300 bg-brand-50 p-4"
    >
      <h2 id="aviso-privacidade" className="font-semibold">
        Aviso de privacidade
      </h2>
      <p className="text-sm">
        Este portal trata seus dados pessoais (nome, CPF, e-mail, telefone e o que você escreve nas
        solicitações) para prestar o serviço público de atendimento, conforme a LGPD. Veja a{" "}
        <Link href="/privacidade" className="text-brand-700 underline">
          Política de privacidade
        </Link>{" "}
        e, no seu perfil, em Meus dados, o que guardamos, quem acessou e como pedir correção ou
        exclusão.
      </p>
      <AcknowledgeButton />
    </section>
  );
}
