import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

type MarkdownNode = { type: string; value?: string; children?: MarkdownNode[] };

/** Raw HTML typed into the Markdown becomes visible text: the author sees what they wrote. */
function rawHtmlAsText() {
  const walk = (node: MarkdownNode) => {
    if (node.type === "html") node.type = "text";
    node.children?.forEach(walk);
  };
  return walk;
}

/**
 * An article's Markdown as HTML, for the article page and the editor's preview alike (one
 * renderer, so the preview shows what readers will see). Raw HTML in the Markdown is shown as
 * text, and the HTML tree is then sanitized with the allow-list GitHub uses for READMEs: no
 * script, event handler, style or `javascript:` link survives, whoever wrote the article.
 */
const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(rawHtmlAsText)
  .use(remarkRehype)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): string {
  return String(renderer.processSync(markdown));
}

/** The sections the editor offers for a new article (free text is allowed around them). */
export const ARTICLE_SECTIONS = ["Dúvida", "Ambiente", "Solução"] as const;

export const ARTICLE_TEMPLATE = ARTICLE_SECTIONS.map((title) => `## ${title}\n\n`).join("\n");
