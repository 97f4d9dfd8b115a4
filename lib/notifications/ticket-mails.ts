import { STATE_LABELS, type TicketState } from "@/lib/tickets/states";
import type { NotificationKind } from "@/lib/tickets/notifications";
import { scoreText } from "@/lib/tickets/rating-words";
import { REPLY_MARKER_LINE } from "@/lib/inbound/marker";
import { renderMail, type MailContent, type RenderedMail } from "./layout";

/**
 * The texts of the ticket e-mails, in Portuguese: one function of what happened and of who reads
 * it. Customers (opener, requested-for user, followers) and support (agents, admins) read the
 * same event differently: support gets the organization and the queue.
 */
export type Audience = "customer" | "support";

export type TicketMailFacts = {
  kind: NotificationKind;
  ticket: {
    number: string;
    itemTitle: string;
    state: TicketState;
    groupName: string;
    organizationName: string;
    description: string;
  };
  event: {
    /** Null for the system (automatic close). */
    actorName: string | null;
    body: string | null;
    /** The state machine action of a state change ("resolve", "cancel"…). */
    action?: string;
    /** The state a state change led to (the ticket may have moved on since). */
    toState?: TicketState;
    toGroupName?: string;
    /** A reminder's days: left before it closes, or business days to answer. */
    days?: number;
  };
  recipient: { name: string; audience: Audience; isOpener: boolean };
  autoCloseDays: number;
  ticketUrl: string;
  /** "Avaliar Atendimento": one address per score, for who may rate a ticket that closed. */
  ratingUrls?: readonly { score: number; url: string }[];
  /** Replies to this mail are read (inbound mail is configured, lib/inbound). */
  replyByMail?: boolean;
};

type Text = {
  subject: string;
  heading: string;
  paragraphs: string[];
  quote?: MailContent["quote"];
};

export function ticketMail(facts: TicketMailFacts): { subject: string; body: RenderedMail } {
  const { ticket, recipient } = facts;
  const text = TEXTS[facts.kind](facts);
  const details: [string, string][] = [
    ["Número", ticket.number],
    ["Item", ticket.itemTitle],
    ["Situação", STATE_LABELS[ticket.state]],
  ];
  if (recipient.audience === "support") {
    details.push(["Organização", ticket.organizationName], ["Grupo", ticket.groupName]);
  }
  return {
    subject: `[${ticket.number}] ${text.subject}`,
    body: renderMail({
      preheader: `${ticket.number} – ${text.heading}`,
      heading: text.heading,
      paragraphs: [`Olá, ${recipient.name}.`, ...text.paragraphs],
      quote: text.quote,
      details,
      action: { label: "Ver solicitação", url: facts.ticketUrl },
      choices: facts.ratingUrls?.length
        ? {
            heading: "Avaliar Atendimento",
            text: "Como foi o atendimento? Escolha uma nota; a página que abrir pede a confirmação.",
            links: facts.ratingUrls.map(({ score, url }) => ({ label: scoreText(score), url })),
          }
        : undefined,
      footer: `${WHY[recipient.audience](ticket)} ${facts.replyByMail ? REPLIES[recipient.audience] : NO_REPLIES}`,
      replyMarker: facts.replyByMail ? REPLY_MARKER_LINE : undefined,
    }),
  };
}

const WHY: Record<Audience, (ticket: TicketMailFacts["ticket"]) => string> = {
  support: (ticket) =>
    `Você recebe este e-mail como analista de suporte do grupo ${ticket.groupName}.`,
  customer: (ticket) =>
    `Você recebe este e-mail porque abriu, é o destinatário ou acompanha a solicitação ${ticket.number}.`,
};
const NO_REPLIES = "Responda pelo portal: respostas a este e-mail não são lidas.";
/** Support's reply by e-mail is published as a public reply: they must know before writing. */
const REPLIES: Record<Audience, string> = {
  support:
    "Sua resposta a este e-mail, escrita acima da linha indicada, será publicada na solicitação como resposta pública.",
  customer:
    "Você pode responder a este e-mail, escrevendo acima da linha indicada, ou pelo portal.",
};

const someone = (facts: TicketMailFacts) => facts.event.actorName ?? "O portal";

const TEXTS: Record<NotificationKind, (facts: TicketMailFacts) => Text> = {
  "ticket.created": (facts) => {
    const { ticket, recipient } = facts;
    if (recipient.audience === "support") {
      return {
        subject: `Nova solicitação – ${ticket.itemTitle}`,
        heading: `Nova solicitação na fila ${ticket.groupName}`,
        paragraphs: [`${someone(facts)} (${ticket.organizationName}) abriu uma solicitação.`],
        quote: { label: "Descrição", text: ticket.description },
      };
    }
    return {
      subject: `Solicitação registrada – ${ticket.itemTitle}`,
      heading: `Solicitação ${ticket.number} registrada`,
      paragraphs: [
        recipient.isOpener
          ? `Recebemos sua solicitação. Guarde o número ${ticket.number} para acompanhá-la.`
          : `${someone(facts)} abriu a solicitação ${ticket.number} e incluiu você nela.`,
        "Você receberá um e-mail a cada resposta ou mudança de situação.",
      ],
      quote: { label: "Descrição", text: ticket.description },
    };
  },
  "ticket.comment": (facts) => ({
    subject: `Nova resposta – ${facts.ticket.itemTitle}`,
    heading: `${someone(facts)} respondeu`,
    // A message may be only files: they are on the ticket's page, not in the e-mail.
    paragraphs: facts.event.body
      ? []
      : ["A resposta traz anexos: veja-os na página da solicitação."],
    quote: facts.event.body ? { label: "Resposta", text: facts.event.body } : undefined,
  }),
  "ticket.internal_note": (facts) => ({
    subject: `Nota interna – ${facts.ticket.itemTitle}`,
    heading: `${someone(facts)} escreveu uma nota interna`,
    paragraphs: ["Notas internas são vistas apenas pela equipe de suporte."],
    quote: { label: "Nota interna", text: facts.event.body ?? "" },
  }),
  "ticket.state_changed": (facts) => stateChangeText(facts),
  "ticket.auto_closed": (facts) => ({
    subject: "Solicitação fechada automaticamente",
    heading: "Solicitação fechada automaticamente",
    paragraphs: [
      `A solução registrada não teve resposta em ${days(facts.autoCloseDays)}, por isso a solicitação foi fechada.`,
      "Se o problema continuar, abra uma nova solicitação citando este número.",
    ],
  }),
  "ticket.info_reminder": (facts) => ({
    subject: "Lembrete: aguardamos suas informações",
    heading: "Aguardamos suas informações",
    paragraphs: [
      "O suporte pediu informações para continuar o atendimento e ainda não recebeu sua resposta.",
      "Responda na página da solicitação: a sua mensagem devolve a solicitação ao atendimento.",
      ...(facts.event.days
        ? [
            `Sem resposta, a solicitação será fechada em ${businessDays(facts.event.days)}, sem retorno do usuário.`,
          ]
        : []),
    ],
  }),
  "ticket.auto_close_reminder": (facts) => ({
    subject: "Lembrete: sua solicitação será fechada automaticamente",
    heading: "Sua solicitação será fechada automaticamente",
    paragraphs: [
      `Sua solicitação será fechada automaticamente em ${days(facts.event.days ?? 0)}.`,
      "Confira a solução na página da solicitação e aceite-a, ou rejeite-a se o problema continuar.",
    ],
  }),
  "ticket.assigned": (facts) => ({
    subject: "Solicitação atribuída a você",
    heading: "Solicitação atribuída a você",
    paragraphs: [`${someone(facts)} atribuiu a solicitação ${facts.ticket.number} a você.`],
  }),
  "ticket.transferred": (facts) => ({
    subject: `Solicitação transferida para ${facts.event.toGroupName ?? facts.ticket.groupName}`,
    heading: `Solicitação transferida para ${facts.event.toGroupName ?? facts.ticket.groupName}`,
    paragraphs: [`${someone(facts)} transferiu a solicitação para o seu grupo.`],
    quote: facts.event.body ? { label: "Motivo", text: facts.event.body } : undefined,
  }),
};

const days = (n: number) => (n === 1 ? "1 dia" : `${n} dias`);
const businessDays = (n: number) => (n === 1 ? "1 dia útil" : `${n} dias úteis`);

function stateChangeText(facts: TicketMailFacts): Text {
  const actor = someone(facts);
  const body = facts.event.body;
  switch (facts.event.action) {
    case "resolve":
      return {
        subject: "Solicitação resolvida – aguardando sua posição",
        heading: "Solicitação resolvida – aguardando sua posição",
        paragraphs: [
          `${actor} registrou a solução abaixo. Confira e, na página da solicitação, aceite ou rejeite a solução.`,
          `Sem resposta, a solicitação será fechada automaticamente em ${days(facts.autoCloseDays)}.`,
        ],
        quote: body ? { label: "Solução", text: body } : undefined,
      };
    case "askForInfo":
      return {
        subject: "Precisamos de informações – responda para continuar",
        heading: "Precisamos de informações",
        paragraphs: [
          `${actor} precisa das informações abaixo para continuar o atendimento. Responda na página da solicitação.`,
        ],
        quote: body ? { label: "Informações solicitadas", text: body } : undefined,
      };
    case "infoClose":
      return {
        subject: "Solicitação fechada sem retorno do usuário",
        heading: "Solicitação fechada sem retorno do usuário",
        paragraphs: [
          "As informações pedidas pelo suporte não foram enviadas no prazo, por isso a solicitação foi fechada.",
          "Se ainda precisar de ajuda, abra uma nova solicitação citando este número.",
        ],
      };
    case "accept":
      return {
        subject: "Solução aceita – solicitação fechada",
        heading: "Solução aceita",
        paragraphs: [`${actor} aceitou a solução, e a solicitação foi fechada.`],
      };
    case "reject":
      return {
        subject: "Solução rejeitada – solicitação reaberta",
        heading: "Solução rejeitada",
        paragraphs: [`${actor} rejeitou a solução, e a solicitação voltou ao atendimento.`],
        quote: body ? { label: "Motivo", text: body } : undefined,
      };
    case "cancel":
      return {
        subject: "Solicitação cancelada",
        heading: "Solicitação cancelada",
        paragraphs: [`${actor} cancelou a solicitação.`],
        quote: body ? { label: "Motivo", text: body } : undefined,
      };
    default: {
      const label = STATE_LABELS[facts.event.toState ?? facts.ticket.state];
      return {
        subject: `Situação: ${label}`,
        heading: `Nova situação: ${label}`,
        paragraphs: [`${actor} mudou a situação da solicitação para “${label}”.`],
        quote: body ? { label: "Comentário", text: body } : undefined,
      };
    }
  }
}
