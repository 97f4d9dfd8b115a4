import { SubmitButton } from "@/components/ui/submit-button";

/** "Pesquisar": the search of the catalogue and the knowledge base, on the home, knowledge base and results pages. */
export function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/pesquisa" role="search" className="flex gap-2">
      <label htmlFor="busca" className="sr-only">
        Pesquisar
      </label>
      <input
        id="busca"
        name="busca"
        type="search"
        defaultValue={defaultValue}
        placeholder="Pesquisar"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2"
      />
      <SubmitButton>Pesquisar</SubmitButton>
    </form>
  );
}
