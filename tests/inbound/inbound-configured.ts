// Imported first by the tests that need inbound mail configured: the configuration is read from
// the environment once, on first use, so it must be there before anything reads it. The URL is
// never connected to (the tests give readMailbox their own Dovecot's).
process.env.IMAP_URL = "imap://suporte%40prefeitura.test:x@127.0.0.1:9/INBOX";

export const SUPPORT_ADDRESS = "suporte@prefeitura.test";
