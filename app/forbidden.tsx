import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Acesso negado</h1>
      <p>Seu perfil não tem acesso a esta página.</p>
      <Link href="/" className="text-brand-700 underline">
        Voltar à Página Inicial
      </Link>
    </div>
  );
}
