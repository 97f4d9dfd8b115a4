import { renderMail, type RenderedMail } from "./layout";

/**
 * The e-mail with a password link: RESET for "Esqueci minha senha" / "Primeiro acesso" (1 hour),
 * SET for an account an admin just created (48 hours). One layout, the wording per purpose.
 */
const WORDING = {
  RESET: {
    validity: "1 hora",
    intro: "Recebemos um pedido para definir a senha da sua conta no portal.",
    ignore: "Se você não fez esse pedido, ignore este e-mail; sua senha continua a mesma.",
    footer: "Você recebe este e-mail porque alguém pediu um link de senha para este endereço.",
  },
  SET: {
    validity: "48 horas",
    intro: "Uma conta foi criada para você no portal. Defina sua senha para começar a usá-la.",
    ignore: "Se você não esperava esta conta, ignore este e-mail e avise o suporte.",
    footer: "Você recebe este e-mail porque uma conta do portal foi criada com este endereço.",
  },
} as const;

export function passwordLinkMail(input: {
  name: string;
  link: string;
  purpose?: keyof typeof WORDING;
}): { subject: string; body: RenderedMail } {
  const wording = WORDING[input.purpose ?? "RESET"];
  return {
    subject: "Definição de senha – Portal de Atendimento",
    body: renderMail({
      preheader: `Seu link para definir a senha do portal, válido por ${wording.validity}.`,
      heading: "Definição de senha",
      paragraphs: [
        `Olá, ${input.name}.`,
        `${wording.intro} Use o botão abaixo: o link vale por ${wording.validity} e pode ser usado uma vez.`,
        wording.ignore,
      ],
      action: { label: "Definir senha", url: input.link },
      footer: wording.footer,
    }),
  };
}
