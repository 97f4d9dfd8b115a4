/**
 * The demo data of ../shared/docs/product.md ("Demo data"): used by `npm start` on an empty
 * database, by the tests and by anyone evaluating the portal. Every account's password is
 * DEMO_PASSWORD.
 */

export const DEMO_PASSWORD = "Demo@12345";

export const demoOrganizations = [
  {
    key: "prefeitura",
    name: "Prefeitura Municipal de Demonstração",
    kind: "MUNICIPALITY",
    cnpj: "12345678000195",
  },
  {
    key: "estado",
    name: "Governo do Estado de Demonstração",
    kind: "STATE",
    cnpj: "98765432000198",
  },
] as const;

export const demoGroups = [
  { name: "Atendimento N1", description: "Primeiro nível de atendimento" },
  { name: "Relacionamento", description: "Relacionamento com o cliente e escalonamentos" },
] as const;

type DemoUser = {
  cpf: string;
  name: string;
  email: string;
  role: "REQUESTER" | "AGENT" | "ADMIN";
  organization?: (typeof demoOrganizations)[number]["key"];
  group?: (typeof demoGroups)[number]["name"];
};

export const demoUsers: readonly DemoUser[] = [
  {
    cpf: "52998224725",
    name: "Requerente Demo",
    email: "requerente@prefeitura.example",
    role: "REQUESTER",
    organization: "prefeitura",
  },
  {
    cpf: "39053344705",
    name: "Acompanhante Demo",
    email: "acompanhante@prefeitura.example",
    role: "REQUESTER",
    organization: "prefeitura",
  },
  {
    cpf: "98765432100",
    name: "Requerente Estado Demo",
    email: "requerente@estado.example",
    role: "REQUESTER",
    organization: "estado",
  },
  {
    cpf: "11144477735",
    name: "Analista Demo",
    email: "analista@suporte.example",
    role: "AGENT",
    group: "Atendimento N1",
  },
  {
    cpf: "45612378955",
    name: "Analista Relacionamento Demo",
    email: "relacionamento@suporte.example",
    role: "AGENT",
    group: "Relacionamento",
  },
  { cpf: "12345678909", name: "Administrador Demo", email: "admin@suporte.example", role: "ADMIN" },
];

/** The category tree, parent before child. */
export const demoCategories = [
  { slug: "todos-os-catalogos", name: "Todos os Catálogos", parent: null },
  { slug: "servicos-multicliente", name: "SERVIÇOS MULTICLIENTE", parent: "todos-os-catalogos" },
  { slug: "acesso-multicliente", name: "ACESSO MULTICLIENTE", parent: "servicos-multicliente" },
  { slug: "mcid", name: "MCID", parent: "todos-os-catalogos" },
  { slug: "cadunico", name: "CADÚNICO", parent: "mcid" },
] as const;

type DemoField = {
  key: string;
  label: string;
  type: "SELECT" | "FIXED";
  options?: string[];
  required?: boolean;
  fixedValue?: string;
  helpText?: string;
};

const motivo: DemoField = {
  key: "motivo",
  label: "Motivo",
  type: "SELECT",
  options: ["Dúvida", "Problema", "Solicitação"],
  required: true,
  helpText: "Selecione o motivo da sua solicitação.",
};

export const demoItems: readonly {
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  category: (typeof demoCategories)[number]["slug"];
  group: (typeof demoGroups)[number]["name"];
  fields: DemoField[];
}[] = [
  {
    slug: "gerid",
    title: "GERID",
    subtitle: "GERID - Gerenciamento de Identidade",
    description:
      "Solicitações de acesso e gestão de usuários no GERID (Gerenciamento de Identidade).",
    category: "acesso-multicliente",
    group: "Atendimento N1",
    fields: [
      motivo,
      { key: "modulo", label: "Módulo", type: "FIXED", fixedValue: "Gestão de usuários" },
      {
        key: "funcionalidade",
        label: "Funcionalidade",
        type: "SELECT",
        options: ["Acesso"],
        required: true,
        helpText: "Este campo deve ser preenchido com “Acesso”.",
      },
    ],
  },
  {
    slug: "portal-rede-atendimento",
    title: "Portal Rede Atendimento",
    subtitle: "CADÚNICO - Portal Rede Atendimento",
    description:
      "Dúvidas, problemas e solicitações sobre o Portal Rede Atendimento do Cadastro Único.",
    category: "cadunico",
    group: "Atendimento N1",
    fields: [
      motivo,
      {
        key: "modulo",
        label: "Módulo",
        type: "FIXED",
        fixedValue: "Portal Atendimento - Consultas",
      },
      {
        key: "funcionalidade",
        label: "Funcionalidade",
        type: "SELECT",
        options: ["Login do Usuário", "Consulta Família por Tipo de Ocorrência", "Cadastro"],
        required: true,
        helpText:
          "Selecione a funcionalidade que apresenta problema ou sobre a qual deseja informações.",
      },
      {
        key: "sintoma",
        label: "Sintoma",
        type: "SELECT",
        options: ["Lento", "Indisponível", "Inconsistente"],
      },
    ],
  },
];

/** The "Comunicado" of the home page, so that a demo shows one. */
export const demoAnnouncement = {
  id: "comunicado-demo",
  title: "Bem-vindo ao novo Portal de Atendimento",
  body: "Abra suas solicitações pelo Catálogo e acompanhe cada uma pela página da solicitação. Você recebe um e-mail a cada resposta.",
  startsAt: new Date("2026-01-01T00:00:00Z"),
};
