import type { Metadata } from "next";
import { getPortalPrivacy } from "@/lib/privacy/portal-privacy";

export const metadata: Metadata = { title: "Política de privacidade" };

/** "Política de privacidade": public, as the admin wrote it, with the controller's contact. */
export default async function PrivacyPolicyPage() {
  const privacy = await getPortalPrivacy();
  const paragraphs = privacy.policyText.split(/\r?\n\s*\r?\n/).filter((p) => p.trim());
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Política de privacidade</h1>
      {paragraphs.length > 0 ? (
        paragraphs.map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p}
          </p>
        ))
      ) : (
        <p>
          Este portal trata os seus dados pessoais para prestar o serviço público de atendimento,
          conforme a Lei Geral de Proteção de Dados (Lei 13.709/2018). A política completa ainda não
          foi publicada pelo administrador.
        </p>
      )}
      <section
        aria-labelledby="controlador"
        className="rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="controlador" className="mb-2 font-semibold">
          Controlador e encarregado de dados
        </h2>
        <p>{privacy.controllerName || "Ainda não informado."}</p>
        {privacy.controllerContact ? (
          <p className="whitespace-pre-line">Contato: {privacy.controllerContact}</p>
        ) : null}
        <p className="mt-2 text-sm text-slate-700">
          Com sua conta, você pode baixar seus dados, ver quem os acessou e pedir correção ou
          exclusão em Perfil &gt; Meus dados.
        </p>
      </section>
    </article>
  );
}
