import { expect, test, type Page } from "@playwright/test";
import { demoUsers } from "../prisma/demo-data";
import { openTicket, signIn, ticketFixture } from "./helpers";

// What a requester's browser receives: the HTML (with the flight data of React Server
// Components inside) and the RSC payload of a client-side navigation. Neither may carry the
// e-mail of anyone but the requester, whatever the screen's components were handed.

const REQUESTER = demoUsers.find((u) => u.name === "Requerente Demo")!;
const OTHERS = demoUsers.filter((u) => u !== REQUESTER).map((u) => u.email);

/** The page as the browser gets it on a full load, and as the router fetches it (`RSC: 1`). */
async function payloads(page: Page, path: string): Promise<string[]> {
  const html = await page.request.get(path);
  const rsc = await page.request.get(path, { headers: { RSC: "1" } });
  expect(html.ok()).toBe(true);
  expect(rsc.ok()).toBe(true);
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  return [await html.text(), await rsc.text()];
}

function expectNoOtherEmail(body: string) {
  for (const email of OTHERS) expect(body, email).not.toContain(email);
}

test("a requester's ticket page and request form carry no one else's e-mail", async ({ page }) => {
  const number = openTicket("start"); // followed by the colleague, assigned to the analyst
  ticketFixture("comment", number, "Estamos verificando.");
  await signIn(page, REQUESTER.cpf);

  for (const body of await payloads(page, `/solicitacoes/${number}`)) {
    // The page is the real one: the follower's and the analyst's names are on it.
    expect(body).toContain(number);
    expect(body).toContain("Acompanhante Demo");
    expect(body).toContain("Analista Demo");
    expectNoOtherEmail(body);
  }

  for (const body of await payloads(page, "/catalogo/item/gerid")) {
    // The colleague can be picked by name; their e-mail comes only once they are picked.
    expect(body).toContain("Acompanhante Demo");
    expect(body).toContain(REQUESTER.email);
    expectNoOtherEmail(body);
  }

  // Picking the colleague shows their e-mail, as the form promises.
  await page.goto("/catalogo/item/gerid");
  await page.getByLabel("Requisitado para").selectOption({ label: "Acompanhante Demo" });
  await expect(page.getByLabel("E-mail")).toHaveValue("acompanhante@prefeitura.example");
});
