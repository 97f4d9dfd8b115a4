/**
 * The month's remarkable tickets, written by hand: each shows something a newcomer should find
 * (a rejected solution solved again, a request opened on a customer's behalf, an SLA broken and
 * one about to break, a ticket closing by itself tomorrow, files, followers, related tickets,
 * a transfer). `when(daysAgo, hour)` places an opening on a past working hour of the portal's
 * zone; `nearDue` is how long ago a ticket was opened whose SLA runs out within the hour.
 */
import type { Story } from "./story";

export type Timing = {
  when: (daysAgo: number, hour: number) => number;
  /** The same, moved back to the last business day when it falls on a day off. */
  workday: (daysAgo: number, hour: number) => number;
  nearDue: number;
};

export function handStories({ when, nearDue }: Timing): Story[] {
  return [
    {
      key: "gerid-fora",
      item: "gerid",
      by: "requester",
      followers: ["colleague"],
      priority: "HIGH",
      answers: { motivo: "Problema", funcionalidade: "Acesso" },
      description:
        "Desde ontem à tarde nenhum servidor da Secretaria de Assistência Social consegue entrar no GERID. Aparece a mensagem “Usuário ou senha inválidos”, mesmo com a senha recém-trocada.",
      file: "png",
      openedHoursAgo: when(12, 9),
      steps: [
        { at: 1, do: "start", by: "analyst" },
        {
          at: 1.2,
          do: "note",
          by: "analyst",
          text: "Outros municípios relatam o mesmo. Verificando com a equipe do GERID se houve mudança na política de senhas.",
        },
        {
          at: 3,
          do: "resolve",
          by: "analyst",
          text: "O GERID passou a exigir senhas com 10 caracteres. Pedimos que cada servidor use “Esqueci minha senha” e cadastre uma nova senha com ao menos 10 caracteres.",
        },
        {
          at: 20,
          do: "reject",
          by: "requester",
          text: "Trocamos a senha como orientado, mas dois servidores continuam sem acesso: Ana Paula e José Carlos.",
        },
        {
          at: 21,
          do: "comment",
          by: "analyst",
          text: "Obrigado pelo retorno. Os dois cadastros estavam bloqueados por excesso de tentativas; vou pedir o desbloqueio.",
        },
        {
          at: 21.5,
          do: "time",
          by: "analyst",
          minutes: 45,
          text: "Análise dos bloqueios com a equipe do GERID",
        },
        {
          at: 26,
          do: "resolve",
          by: "analyst",
          text: "Os cadastros de Ana Paula e José Carlos foram desbloqueados. Peçam que entrem novamente; se aparecer outro erro, respondam aqui.",
        },
        { at: 30, do: "accept", by: "requester" },
        {
          at: 30.1,
          do: "rate",
          by: "requester",
          score: 4,
          text: "Resolvido, mas precisou de uma segunda tentativa.",
        },
      ],
    },
    {
      item: "gerid",
      by: "marina",
      relatedTo: "gerid-fora",
      answers: { motivo: "Problema", funcionalidade: "Acesso" },
      description:
        "Os cadastradores de Santa Aurora não conseguem acessar o GERID desde ontem. A senha é recusada.",
      openedHoursAgo: when(12, 11),
      steps: [
        { at: 1, do: "start", by: "carla" },
        {
          at: 2,
          do: "resolve",
          by: "carla",
          text: "É a mesma situação de outros municípios: a nova política exige senhas de 10 caracteres. Use “Esqueci minha senha” para cadastrar uma nova.",
        },
        { at: 8, do: "accept", by: "marina" },
        { at: 8.1, do: "rate", by: "marina", score: 5, text: "Atendimento rápido, obrigada!" },
      ],
    },
    {
      item: "portal-rede-atendimento",
      by: "analyst",
      for: "paulo",
      answers: { motivo: "Problema", funcionalidade: "Login do Usuário", sintoma: "Indisponível" },
      description:
        "Aberto por telefone: o Sr. Paulo ligou informando que o Portal Rede Atendimento mostra “Serviço indisponível” ao entrar, em todos os computadores do CRAS de Rio Claro do Sul.",
      openedHoursAgo: when(2, 10),
      steps: [
        { at: 0.2, do: "start", by: "analyst" },
        {
          at: 0.5,
          do: "comment",
          by: "analyst",
          text: "Sr. Paulo, registrei a solicitação em seu nome. Pode nos enviar uma captura da tela com o erro?",
        },
        {
          at: 2,
          do: "comment",
          by: "paulo",
          text: "Segue a captura. Acontece no Chrome e no Firefox.",
          file: "png",
        },
        { at: 2.5, do: "time", by: "analyst", minutes: 30 },
      ],
    },
    {
      item: "portal-rede-atendimento",
      by: "requester",
      priority: "HIGH",
      answers: {
        motivo: "Problema",
        funcionalidade: "Consulta Família por Tipo de Ocorrência",
        sintoma: "Inconsistente",
      },
      description:
        "A consulta de famílias por tipo de ocorrência mostra famílias que já foram desligadas do programa. Precisamos da lista correta para o relatório do mês.",
      openedHoursAgo: when(9, 14),
      steps: [
        { at: 2, do: "start", by: "carla" },
        {
          at: 3,
          do: "note",
          by: "carla",
          text: "A base de ocorrências não é atualizada desde a última carga. Chamado aberto com o fornecedor.",
        },
        {
          at: 26,
          do: "comment",
          by: "carla",
          text: "Identificamos que a carga de ocorrências está atrasada. Estamos acompanhando com o fornecedor e daremos retorno assim que normalizar.",
        },
        {
          at: 50,
          do: "comment",
          by: "requester",
          text: "Alguma novidade? O prazo do relatório é sexta-feira.",
        },
      ],
    },
    {
      item: "gerid",
      by: "marina",
      answers: { motivo: "Solicitação", funcionalidade: "Acesso" },
      description:
        "Solicito a criação de acesso ao GERID para a nova coordenadora do CRAS, Luciana Prado.",
      openedHoursAgo: nearDue,
      steps: [],
    },
    {
      item: "gerid",
      by: "requester",
      followers: ["colleague"],
      answers: { motivo: "Solicitação", funcionalidade: "Acesso" },
      description:
        "Solicito a inclusão do perfil “Gestor municipal” para a servidora Ana Paula Ribeiro, conforme ofício anexo.",
      file: "pdf",
      openedHoursAgo: when(6, 10),
      steps: [
        { at: 1, do: "start", by: "analyst" },
        {
          at: 2,
          do: "resolve",
          by: "analyst",
          text: "Perfil “Gestor municipal” incluído para Ana Paula Ribeiro. O acesso vale a partir do próximo login.",
        },
        // Closes by itself tomorrow: the reminder went two days before, as the sweep sends it.
        { at: 24 * 5 + 3, do: "autoCloseReminder" },
      ],
    },
    {
      item: "portal-rede-atendimento",
      by: "requester",
      answers: { motivo: "Dúvida", funcionalidade: "Cadastro" },
      description:
        "Como faço para atualizar o endereço de uma família que mudou de bairro? O campo aparece bloqueado.",
      openedHoursAgo: when(1, 15),
      steps: [
        {
          at: 1,
          do: "askForInfo",
          by: "analyst",
          text: "Olá! Para verificar, informe o NIS do responsável familiar e o perfil que você usa no portal.",
        },
      ],
    },
    {
      item: "gerid",
      by: "stateRequester",
      answers: { motivo: "Problema", funcionalidade: "Acesso" },
      description:
        "O GERID não envia o e-mail de senha provisória para os novos servidores da Secretaria de Estado.",
      openedHoursAgo: when(4, 9),
      steps: [
        { at: 1, do: "start", by: "carla" },
        {
          at: 1.5,
          do: "waitForSupport",
          by: "carla",
          text: "Encaminhamos ao fornecedor do GERID; o envio de e-mails está com atraso.",
        },
        {
          at: 1.6,
          do: "note",
          by: "carla",
          text: "Protocolo do fornecedor: FORN-2231. Cobrar retorno em 48h.",
        },
      ],
    },
    {
      item: "portal-rede-atendimento",
      by: "marina",
      answers: { motivo: "Solicitação", funcionalidade: "Consulta Família por Tipo de Ocorrência" },
      description:
        "Precisamos de uma reunião para entender a nova forma de consulta de famílias e treinar a equipe.",
      openedHoursAgo: when(5, 16),
      steps: [
        {
          at: 18,
          do: "transfer",
          by: "analyst",
          to: "Relacionamento",
          text: "Pedido de treinamento: é com a equipe de Relacionamento.",
        },
        { at: 22, do: "start", by: "relationship" },
        {
          at: 23,
          do: "comment",
          by: "relationship",
          text: "Olá, Marina! Podemos fazer a reunião na quinta-feira às 10h, por videoconferência? Envio o convite assim que confirmar.",
        },
      ],
    },
    {
      item: "gerid",
      by: "paulo",
      answers: { motivo: "Solicitação", funcionalidade: "Acesso" },
      description: "Queremos saber quem são os gestores de acesso do município no GERID.",
      openedHoursAgo: when(8, 9),
      steps: [
        {
          at: 2,
          do: "transfer",
          by: "carla",
          to: "Relacionamento",
          text: "Consulta sobre gestores do contrato: Relacionamento.",
        },
      ],
    },
    {
      item: "gerid",
      by: "requester",
      answers: { motivo: "Solicitação", funcionalidade: "Acesso" },
      description: "Solicito acesso ao GERID para o estagiário João Mendes.",
      openedHoursAgo: when(7, 11),
      steps: [
        {
          at: 3,
          do: "cancel",
          by: "requester",
          text: "Aberto em duplicidade; o pedido já foi feito pelo colega.",
        },
      ],
    },
    {
      item: "portal-rede-atendimento",
      by: "paulo",
      answers: { motivo: "Problema", funcionalidade: "Cadastro", sintoma: "Lento" },
      description:
        "O cadastro de famílias está muito lento à tarde, leva mais de um minuto para salvar.",
      openedHoursAgo: when(20, 14),
      steps: [
        {
          at: 1,
          do: "askForInfo",
          by: "analyst",
          text: "Em quais horários exatamente acontece? E em quantos computadores?",
        },
        { at: 24 * 3 + 2, do: "infoReminder" },
        { at: 24 * 8 + 2, do: "infoClose" },
      ],
    },
    {
      item: "portal-rede-atendimento",
      by: "stateRequester",
      answers: { motivo: "Dúvida", funcionalidade: "Login do Usuário" },
      description: "Qual navegador é recomendado para o Portal Rede Atendimento?",
      openedHoursAgo: when(18, 10),
      steps: [
        { at: 2, do: "start", by: "carla" },
        {
          at: 2.2,
          do: "resolve",
          by: "carla",
          text: "Recomendamos Chrome, Firefox ou Edge nas versões mais recentes. O Internet Explorer não é suportado.",
        },
        { at: 24 * 7 + 3, do: "autoClose" },
      ],
    },
    {
      item: "gerid",
      by: "colleague",
      answers: { motivo: "Problema", funcionalidade: "Acesso" },
      description: "Meu acesso ao GERID expirou e não consigo renovar.",
      openedHoursAgo: when(15, 9),
      steps: [
        { at: 30, do: "start", by: "analyst" },
        { at: 31, do: "resolve", by: "analyst", text: "Renovamos o acesso por mais 12 meses." },
        { at: 40, do: "accept", by: "colleague" },
        {
          at: 40.2,
          do: "rate",
          by: "colleague",
          score: 2,
          text: "Demorou mais de um dia para alguém olhar o pedido.",
        },
      ],
    },
    {
      item: "gerid",
      by: "paulo",
      answers: { motivo: "Problema", funcionalidade: "Acesso" },
      description:
        "O módulo de gestão de usuários do GERID não mostra os servidores de Rio Claro do Sul cadastrados na semana passada.",
      openedHoursAgo: when(3, 9),
      steps: [
        { at: 1, do: "start", by: "carla" },
        {
          at: 3,
          do: "resolve",
          by: "carla",
          text: "A sincronização foi refeita; os cadastros já devem aparecer.",
        },
        {
          at: 24,
          do: "reject",
          by: "paulo",
          text: "Ainda faltam três servidores: Beatriz, Rogério e Sandra.",
        },
        {
          at: 25,
          do: "note",
          by: "carla",
          text: "Os três foram cadastrados com o CNPJ antigo da prefeitura. Verificar com o GERID.",
        },
      ],
    },
    {
      item: "portal-rede-atendimento",
      by: "requester",
      answers: { motivo: "Problema", funcionalidade: "Login do Usuário", sintoma: "Indisponível" },
      description: "O Portal Rede Atendimento não abre no computador da recepção do CRAS Centro.",
      openedHoursAgo: 3,
      steps: [{ at: 0.5, do: "follow", by: "requester", who: "colleague" }],
    },
  ];
}
