/**
 * What the portal holds about a person, why (the legal basis, LGPD art. 7) and who sees it:
 * the same for everyone, so it is data, not a query.
 */
export const DATA_INVENTORY = [
  {
    what: "Nome, CPF, e-mail, telefone e organização",
    why: "Execução de políticas públicas e do serviço público (art. 7º, III): identificar você e responder às suas solicitações.",
    who: "Você; analistas que atendem suas solicitações (o CPF mascarado); administradores.",
  },
  {
    what: "Solicitações, mensagens, anexos e avaliações",
    why: "Execução do serviço público (art. 7º, III) e cumprimento de obrigação legal de guarda (art. 7º, II).",
    who: "Você, quem você incluiu como acompanhante, gestores da sua organização e a equipe de atendimento responsável.",
  },
  {
    what: "Votos e comentários em artigos da base de conhecimento",
    why: "Legítimo interesse (art. 7º, IX): melhorar os artigos.",
    who: "Você, os autores dos artigos e administradores.",
  },
  {
    what: "Sessões (data, endereço IP e navegador) e registro de acessos",
    why: "Legítimo interesse (art. 7º, IX) e Marco Civil da Internet (art. 15): segurança da conta.",
    who: "Você e administradores.",
  },
] as const;
