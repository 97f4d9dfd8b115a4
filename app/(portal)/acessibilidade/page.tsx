import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Acessibilidade" };

const KEYS = [
  { keys: "Alt + 1", goes: "ao conteúdo da página" },
  { keys: "Alt + 2", goes: "ao menu principal" },
  { keys: "Alt + 3", goes: "à busca (o campo “Pesquisar” da página, ou a página de pesquisa)" },
];

/**
 * "Acessibilidade" (e-MAG): the conformance the portal claims and how it is checked, the access
 * keys, the known limits and how to report a barrier. Public, linked from every page's footer.
 */
export default function AccessibilityPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Acessibilidade</h1>
      <p>
        Este portal segue o Modelo de Acessibilidade em Governo Eletrônico (e-MAG) e busca a
        conformidade com as Diretrizes de Acessibilidade para Conteúdo Web (WCAG) 2.2, nível AA.
      </p>
      <Panel title="Como verificamos">
        <p className="text-sm">
          A cada alteração, testes automáticos percorrem todas as páginas de cada perfil (visitante,
          usuário, gestor da organização, analista e administrador) com a ferramenta axe-core, nos
          critérios das WCAG 2.0, 2.1 e 2.2, níveis A e AA, e verificam com o teclado o que a
          ferramenta não vê: a ordem do foco, o foco visível, os diálogos, a leitura das mensagens,
          o texto ampliado a 200% e a tela estreita de 320 pixels.
        </p>
      </Panel>
      <Panel title="Teclas de atalho">
        <p className="mb-2 text-sm">
          O primeiro item de cada página é “Ir para o conteúdo”, seguido de “Ir para o menu” e “Ir
          para a busca”. No Firefox, use também a tecla Shift (Alt + Shift + 1); no Safari, Control
          + Option.
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {KEYS.map(({ keys, goes }) => (
            <div key={keys} className="contents">
              <dt className="font-medium">
                <kbd>{keys}</kbd>
              </dt>
              <dd>Vai {goes}</dd>
            </div>
          ))}
        </dl>
      </Panel>
      <Panel title="Alto contraste">
        <p className="text-sm">
          O botão “Alto contraste”, na barra do topo, troca as cores por texto claro sobre fundo
          preto. A escolha fica guardada neste navegador.
        </p>
      </Panel>
      <Panel title="Limites conhecidos">
        <ul className="list-disc space-y-1 pl-6 text-sm">
          <li>
            Arquivos anexados pelas pessoas (documentos, planilhas, imagens) são publicados como
            foram enviados; o portal não consegue torná-los acessíveis.
          </li>
          <li>
            Os artigos da base de conhecimento são escritos pela equipe de suporte; imagens sem
            descrição podem escapar da revisão.
          </li>
          <li>
            Por segurança, a sessão termina após 8 horas. Cinco minutos antes, o portal avisa e
            permite continuar conectado.
          </li>
        </ul>
      </Panel>
      <Panel title="Relatar uma barreira">
        <p className="text-sm">
          Encontrou algo que impede ou dificulta o uso? Abra uma solicitação no{" "}
          <Link href="/catalogo" className="text-brand-700 underline">
            Catálogo
          </Link>
          , no serviço em que a barreira aconteceu, com o Motivo “Problema”, e descreva a página, o
          que tentou fazer e, se usar, a tecnologia assistiva (leitor de tela, ampliador, navegação
          por voz). Respondemos pelo próprio portal e por e-mail.
        </p>
      </Panel>
    </div>
  );
}
