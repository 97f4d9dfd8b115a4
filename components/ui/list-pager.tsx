import { Pager } from "./pager";

/** Below a paged list: "Linhas 21 - 40 de 153" and the links to the pages around this one. */
export function ListPager({
  page,
  pageSize,
  total,
  pageHref,
}: {
  page: number;
  pageSize: number;
  total: number;
  pageHref: (page: number) => string;
}) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Pager
      summary={`Linhas ${first} - ${last} de ${total}`}
      previous={page > 1 ? pageHref(page - 1) : null}
      next={page < pages ? pageHref(page + 1) : null}
    />
  );
}
