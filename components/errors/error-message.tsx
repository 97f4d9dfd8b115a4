import Link from "next/link";

/**
 * What a person sees when the portal failed them: what to do next and a code to quote to
 * support, which the server logged next to the request's id. Never the error itself: a stack
 * trace or a query is for the log, not for the browser.
 */
export function ErrorMessage({ code, onRetry }: { code?: string; onRetry: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-semibold">Algo deu errado</h1>
      <p>Não foi possível concluir esta operação. Tente de novo em instantes.</p>
      {code ? (
        <p>
          Se o problema continuar, informe ao suporte o código <strong>{code}</strong>.
        </p>
      ) : null}
      <div className="flex gap-4">
        <button type="button" onClick={onRetry} className="text-brand-700 underline">
          Tentar de novo
        </button>
        <Link href="/" className="text-brand-700 underline">
          Voltar à Página Inicial
        </Link>
      </div>
    </div>
  );
}
