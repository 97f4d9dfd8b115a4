import { SubmitButton } from "@/components/ui/submit-button";

/** "Pesquisar": the catalogue (and, later, knowledge base) search of the home and results pages. */
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
