import { renderMail, type RenderedMail } from "./layout";

/** "Esqueci minha senha" / "Primeiro acesso": the e-mail with the one-hour link. */
export function passwordLinkMail(input: { name: string; link: string }): {
  subject: string;
  body: RenderedMail;
} {
  return {
    subject: "Definição de senha – Portal de Atendimento",
    body: renderMail({
      preheader: "Seu link para definir a senha do portal, válido por 1 hora.",
      heading: "Definição de senha",
      paragraphs: [
        `Olá, ${input.name}.`,
        "Recebemos um pedido para definir a senha da sua conta no portal. Use o botão abaixo: o link vale por 1 hora e pode ser usado uma vez.",
        "Se você não fez esse pedido, ignore este e-mail; sua senha continua a mesma.",
      ],
      action: { label: "Definir senha", url: input.link },
      footer: "Você recebe este e-mail porque alguém pediu um link de senha para este endereço.",
    }),
  };
}
