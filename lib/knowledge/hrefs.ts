/** The knowledge base's addresses, in one place: pages, search results and mails link with these. */
export const KNOWLEDGE_HOME = "/base-de-conhecimento";

export const articleHref = (slug: string) => `${KNOWLEDGE_HOME}/artigo/${slug}`;

export const knowledgeCategoryHref = (slug: string) => `${KNOWLEDGE_HOME}/categoria/${slug}`;
