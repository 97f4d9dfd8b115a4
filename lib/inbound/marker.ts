/**
 * The line at the top of every ticket e-mail when replies by e-mail are read (lib/inbound): a
 * reply's text is what the person wrote above it, whatever their mail client quotes below.
 * Free of server imports: the outgoing mails and the reader share it.
 */
export const REPLY_MARKER = "Responda acima desta linha";

/** The marker as the outgoing mail writes it, and as the reader looks for it. */
export const REPLY_MARKER_LINE = `## ${REPLY_MARKER} ##`;
