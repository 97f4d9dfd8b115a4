import { expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";

// IMAP_URL: the support mailboxes the reader reads, and the Reply-To of ticket mails.

it("reads no mailbox by default, and then says replies go nowhere", () => {
  expect(parseEnv({})).toMatchObject({ imapUrls: [], inboundAddress: null });
});

it("reads several mailboxes, and takes the support address from the first one's user", () => {
  const env = parseEnv({
    IMAP_URL:
      "imaps://Suporte%40Prefeitura.gov.br:senha@mail:993/INBOX imap://ti%40prefeitura.gov.br:s@mail/Chamados",
  });
  expect(env.imapUrls).toHaveLength(2);
  expect(env.inboundAddress).toBe("suporte@prefeitura.gov.br");
  expect(
    parseEnv({ IMAP_URL: "imaps://conta:senha@mail/INBOX", INBOUND_ADDRESS: "ti@x.gov.br" })
      .inboundAddress,
  ).toBe("ti@x.gov.br");
});

it("refuses bad mailboxes in one line that does not show the password", () => {
  expect(() => parseEnv({ IMAP_URL: "https://user:segredo@mail" })).toThrow(
    /^Invalid configuration: IMAP_URL must be imap:\/\/ or imaps:\/\/ URLs[^"]*$/,
  );
  expect(() => parseEnv({ IMAP_URL: "imaps://conta:segredo@mail/INBOX" })).toThrow(
    /INBOUND_ADDRESS is required when IMAP_URL's user is not an e-mail address/,
  );
  expect(() => parseEnv({ IMAP_URL: "https://user:segredo@mail" })).not.toThrow(/segredo/);
});
