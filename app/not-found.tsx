import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Página não encontrada</h1>
      <p>O endereço pode ter mudado ou ainda não estar disponível.</p>
      <Link href="/" className="text-brand-700 underline">
        Voltar à Página Inicial
      </Link>
    </div>
  );
}
