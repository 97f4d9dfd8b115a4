/**
 * The demo's knowledge base: categories and a dozen articles about the demo catalogue (GERID,
 * Portal Rede Atendimento, Cadastro Único) and the portal itself, some public, one internal, one
 * draft, with votes and a comment, so that a newcomer's first look shows a living knowledge base.
 */
import type { ArticleAudience, ArticleState } from "@/lib/db/generated/client";

export const demoKnowledgeCategories = [
  { slug: "acesso-e-senhas", name: "Acesso e senhas", parent: null },
  { slug: "gerid-e-perfis", name: "GERID e perfis de acesso", parent: "acesso-e-senhas" },
  { slug: "cadastro-unico", name: "Cadastro Único", parent: null },
  { slug: "uso-do-portal", name: "Uso do portal", parent: null },
] as const;

type DemoArticle = {
  slug: string;
  title: string;
  summary: string;
  category: (typeof demoKnowledgeCategories)[number]["slug"];
  audience: ArticleAudience;
  state: ArticleState;
  keywords: string;
  /** Catalogue item slugs (prisma/demo-data.ts). */
  items: string[];
  /** Demo user CPF of the author. */
  author: string;
  /** Days before the seed: when it was published and last updated. */
  ageDays: number;
  views: number;
  /** Votes by demo users (CPF): true "Sim", false "Não" with what was missing. */
  votes?: { cpf: string; helpful: boolean; missing?: string }[];
  comments?: { cpf: string; body: string }[];
  body: string;
};

const ANALYST = "11144477735";
const RELATIONSHIP = "45612378955";
const REQUESTER = "52998224725";
const FOLLOWER = "39053344705";
const STATE_REQUESTER = "98765432100";

/** "## Dúvida / ## Ambiente / ## Solução", the sections of seed 003's articles. */
function sections(question: string, environment: string, solution: string): string {
  return `## Dúvida\n\n${question}\n\n## Ambiente\n\n${environment}\n\n## Solução\n\n${solution}\n`;
}

export const demoArticles: readonly DemoArticle[] = [
  {
    slug: "como-acessar-o-gerid",
    title: "Como acessar o GERID pela primeira vez",
    summary:
      "Primeiro acesso ao GERID (Gerenciamento de Identidade) com o CPF e a senha provisória.",
    category: "gerid-e-perfis",
    audience: "PUBLIC",
    state: "PUBLISHED",
    keywords: "primeiro acesso, identidade, login",
    items: ["gerid"],
    author: ANALYST,
    ageDays: 40,
    views: 214,
    votes: [
      { cpf: REQUESTER, helpful: true },
      { cpf: FOLLOWER, helpful: true },
      {
        cpf: STATE_REQUESTER,
        helpful: false,
        missing: "Não explica o que fazer quando a senha provisória não chega.",
      },
    ],
    comments: [
      {
        cpf: REQUESTER,
        body: "Funcionou aqui na prefeitura. Vale lembrar de usar o navegador atualizado.",
      },
    ],
    body: sections(
      "Recebi o cadastro no GERID e não sei como fazer o primeiro acesso.",
      "GERID - Gerenciamento de Identidade, módulo Gestão de usuários. Navegadores Chrome, Firefox ou Edge atualizados.",
      "1. Acesse o endereço do GERID informado no e-mail de cadastro.\n2. Informe o seu **CPF** (somente números) e a senha provisória recebida.\n3. O sistema pede uma nova senha: use ao menos 8 caracteres, com letras e números.\n4. Confirme o e-mail cadastrado para concluir.\n\nSe a senha provisória expirou, peça uma nova ao gestor de acesso do seu órgão.",
    ),
  },
  {
    slug: "esqueci-minha-senha-do-portal",
    title: "Esqueci minha senha do Portal de Atendimento",
    summary: "Como criar uma nova senha pelo link “Esqueci minha senha” da tela de entrada.",
    category: "acesso-e-senhas",
    audience: "PUBLIC",
    state: "PUBLISHED",
    keywords: "recuperar senha, redefinir, trocar senha",
    items: [],
    author: RELATIONSHIP,
    ageDays: 30,
    views: 187,
    votes: [
      { cpf: REQUESTER, helpful: true },
      { cpf: STATE_REQUESTER, helpful: true },
    ],
    body: sections(
      "Não lembro a senha do Portal de Atendimento.",
      "Portal de Atendimento, tela “Entrar”.",
      "1. Na tela de entrada, clique em **Esqueci minha senha**.\n2. Informe o seu CPF.\n3. Você recebe um e-mail com um link válido por uma hora.\n4. Abra o link e defina a nova senha.\n\nSe o e-mail não chegar em alguns minutos, confira a caixa de spam.",
    ),
  },
  {
    slug: "senha-expirada-no-gerid",
    title: "Senha expirada ou usuário bloqueado no GERID",
    summary: "O que fazer quando o GERID informa senha expirada ou usuário bloqueado.",
    category: "gerid-e-perfis",
    audience: "SIGNED_IN",
    state: "PUBLISHED",
    keywords: "bloqueio, desbloqueio, expirada",
    items: ["gerid"],
    author: ANALYST,
    ageDays: 21,
    views: 132,
    votes: [{ cpf: FOLLOWER, helpful: true }],
    body: sections(
      "Ao entrar no GERID aparece “senha expirada” ou “usuário bloqueado”.",
      "GERID - Gerenciamento de Identidade.",
      "A senha do GERID expira a cada 90 dias. Use **Alterar senha** na tela de entrada.\n\nApós cinco tentativas erradas o usuário é bloqueado por 30 minutos. Se o bloqueio continuar, abra uma solicitação no item **GERID** com o motivo “Problema”.",
    ),
  },
  {
    slug: "cadastrar-gestor-no-gerid",
    title: "Como cadastrar um novo gestor de acesso no GERID",
    summary: "Quem pode indicar o gestor de acesso do órgão e quais documentos enviar.",
    category: "gerid-e-perfis",
    audience: "SIGNED_IN",
    state: "PUBLISHED",
    keywords: "gestor, perfil, cadastro de usuário",
    items: ["gerid"],
    author: RELATIONSHIP,
    ageDays: 14,
    views: 58,
    body: sections(
      "Nosso gestor de acesso saiu da prefeitura. Como cadastrar outro?",
      "GERID, módulo Gestão de usuários.",
      "O novo gestor é indicado por ofício assinado pelo dirigente do órgão. Abra uma solicitação no item **GERID**, funcionalidade “Acesso”, e anexe o ofício em PDF com o nome, o CPF e o e-mail institucional do novo gestor.",
    ),
  },
  {
    slug: "login-portal-rede-atendimento",
    title: "Não consigo fazer login no Portal Rede Atendimento",
    summary: "Erros de login no Portal Rede Atendimento do Cadastro Único e como resolvê-los.",
    category: "cadastro-unico",
    audience: "PUBLIC",
    state: "PUBLISHED",
    keywords: "cadúnico, entrar, acesso negado",
    items: ["portal-rede-atendimento"],
    author: ANALYST,
    ageDays: 35,
    views: 176,
    votes: [
      { cpf: REQUESTER, helpful: true },
      {
        cpf: FOLLOWER,
        helpful: false,
        missing: "Faltou o caso de usuário sem perfil no município.",
      },
    ],
    body: sections(
      "Ao entrar no Portal Rede Atendimento aparece “acesso negado”.",
      "CADÚNICO - Portal Rede Atendimento, funcionalidade Login do Usuário.",
      "O login usa o mesmo usuário do GERID. Confira se:\n\n- a senha do GERID não expirou;\n- o seu perfil no GERID inclui o Portal Rede Atendimento do seu município;\n- o navegador aceita cookies do portal.\n\nSe o perfil não aparece, peça ao gestor de acesso do município que o inclua.",
    ),
  },
  {
    slug: "portal-rede-atendimento-lento",
    title: "Portal Rede Atendimento lento ou indisponível",
    summary: "Como verificar se há instabilidade e o que informar ao abrir a solicitação.",
    category: "cadastro-unico",
    audience: "SIGNED_IN",
    state: "PUBLISHED",
    keywords: "lentidão, fora do ar, instabilidade",
    items: ["portal-rede-atendimento"],
    author: ANALYST,
    ageDays: 9,
    views: 64,
    body: sections(
      "O Portal Rede Atendimento está muito lento ou não abre.",
      "CADÚNICO - Portal Rede Atendimento.",
      "Verifique os comunicados na Página Inicial: paradas programadas são avisadas ali. Se não houver aviso, abra uma solicitação no item **Portal Rede Atendimento** com o sintoma “Lento” ou “Indisponível”, o horário do problema e uma captura de tela.",
    ),
  },
  {
    slug: "consulta-familia-por-tipo-de-ocorrencia",
    title: "Como consultar famílias por tipo de ocorrência",
    summary: "Passo a passo da consulta de famílias por tipo de ocorrência no Cadastro Único.",
    category: "cadastro-unico",
    audience: "SIGNED_IN",
    state: "PUBLISHED",
    keywords: "relatório, ocorrências, famílias",
    items: ["portal-rede-atendimento"],
    author: RELATIONSHIP,
    ageDays: 6,
    views: 41,
    body: sections(
      "Como gerar a lista de famílias com um tipo de ocorrência?",
      "CADÚNICO - Portal Rede Atendimento, módulo Consultas.",
      "1. Entre no Portal Rede Atendimento.\n2. Abra **Consultas > Família por Tipo de Ocorrência**.\n3. Escolha o tipo de ocorrência e o período.\n4. Clique em **Pesquisar**; a lista pode ser exportada em planilha.",
    ),
  },
  {
    slug: "prazo-de-atualizacao-cadastral",
    title: "Prazo de atualização cadastral no Cadastro Único",
    summary: "A cada quantos anos as famílias devem atualizar o cadastro.",
    category: "cadastro-unico",
    audience: "PUBLIC",
    state: "PUBLISHED",
    keywords: "revisão cadastral, atualização, famílias",
    items: [],
    author: RELATIONSHIP,
    ageDays: 3,
    views: 22,
    body: sections(
      "De quanto em quanto tempo uma família precisa atualizar o Cadastro Único?",
      "Cadastro Único para Programas Sociais.",
      "O cadastro deve ser atualizado a cada **dois anos**, ou sempre que mudar a composição da família, o endereço ou a renda.",
    ),
  },
  {
    slug: "como-abrir-uma-solicitacao",
    title: "Como abrir uma solicitação pelo Catálogo",
    summary: "Escolha o serviço no Catálogo, preencha o formulário e acompanhe pelo número.",
    category: "uso-do-portal",
    audience: "PUBLIC",
    state: "PUBLISHED",
    keywords: "chamado, pedido, catálogo de serviços",
    items: [],
    author: RELATIONSHIP,
    ageDays: 45,
    views: 98,
    votes: [{ cpf: STATE_REQUESTER, helpful: true }],
    body: sections(
      "Como abro uma solicitação?",
      "Portal de Atendimento, Catálogo.",
      "1. Na Página Inicial, clique em **Catálogo**.\n2. Escolha a categoria e o serviço.\n3. Preencha o formulário e clique em **Enviar**.\n4. Guarde o número da solicitação (por exemplo, CS0000123) para acompanhar em **Minhas Solicitações**.",
    ),
  },
  {
    slug: "aceitar-ou-rejeitar-solucao",
    title: "Como aceitar ou rejeitar a solução de uma solicitação",
    summary: "O que acontece quando você aceita, rejeita ou não responde a uma solução.",
    category: "uso-do-portal",
    audience: "SIGNED_IN",
    state: "PUBLISHED",
    keywords: "resolvida, fechar, reabrir",
    items: [],
    author: ANALYST,
    ageDays: 12,
    views: 37,
    body: sections(
      "O analista informou a solução. Preciso fazer algo?",
      "Portal de Atendimento, página da solicitação.",
      "Abra a solicitação e escolha **Aceitar solução** para encerrá-la ou **Rejeitar solução** informando o motivo, e ela volta ao analista. Sem resposta, a solicitação é fechada automaticamente após o prazo informado na página.",
    ),
  },
  {
    slug: "incluir-acompanhantes",
    title: "Como incluir pessoas para acompanhar uma solicitação",
    summary: "Colegas da mesma organização podem acompanhar e comentar uma solicitação.",
    category: "uso-do-portal",
    audience: "SIGNED_IN",
    state: "PUBLISHED",
    keywords: "acompanhamento, seguidores, colegas",
    items: [],
    author: ANALYST,
    ageDays: 2,
    views: 12,
    body: sections(
      "Quero que um colega acompanhe a minha solicitação.",
      "Portal de Atendimento, formulário de solicitação e página da solicitação.",
      "No formulário, use **Quem pode acompanhar esta solicitação?** e escolha colegas da sua organização. Depois de aberta, a lista pode ser alterada na página da solicitação.",
    ),
  },
  {
    slug: "procedimento-interno-de-desbloqueio-gerid",
    title: "Procedimento interno de desbloqueio de usuário no GERID",
    summary: "Roteiro do suporte para desbloquear usuários do GERID (uso interno).",
    category: "gerid-e-perfis",
    audience: "SUPPORT",
    state: "PUBLISHED",
    keywords: "desbloqueio, roteiro interno, N1",
    items: ["gerid"],
    author: ANALYST,
    ageDays: 18,
    views: 29,
    body: sections(
      "Como o N1 desbloqueia um usuário do GERID?",
      "Console administrativo do GERID (acesso restrito ao suporte).",
      "1. Confirme a identidade pelo CPF e pelo e-mail institucional do solicitante.\n2. No console, abra **Usuários > Bloqueados** e desbloqueie.\n3. Registre o desbloqueio na solicitação como nota interna.",
    ),
  },
  {
    slug: "integracao-com-o-sistema-antigo",
    title: "Integração com o sistema antigo de chamados",
    summary: "Rascunho: como consultar chamados abertos antes da migração.",
    category: "uso-do-portal",
    audience: "SIGNED_IN",
    state: "DRAFT",
    keywords: "migração, histórico",
    items: [],
    author: RELATIONSHIP,
    ageDays: 1,
    views: 0,
    body: sections("Onde estão os chamados do sistema antigo?", "A definir.", "A definir."),
  },
];
