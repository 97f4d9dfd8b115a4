import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./throwaway-postgres";

/**
 * A Dovecot IMAP server of its own, in a temporary folder, on a free loopback port: for the
 * inbound e-mail tests and `scripts/bench-inbound.ts`. Any user name signs in with PASSWORD and
 * gets a maildir of its own, so that each test works on a mailbox nobody else touches. Plain
 * IMAP without TLS, on loopback only. Debian's package is `dovecot-imapd` (.ci/run installs it).
 */
export type ThrowawayDovecot = {
  port: number;
  /** The IMAP_URL of `user`'s INBOX. */
  urlOf: (user: string) => string;
  stop: () => Promise<void>;
};

export const DOVECOT_PASSWORD = "secret";
const BINARY = "/usr/sbin/dovecot";

function config(folder: string, port: number): string {
  // Dovecot runs no process as root but its master: as root, logins and mail run as nobody,
  // who owns the folder's mail (startThrowawayDovecot).
  const { uid, gid, systemUser } = mailOwner();
  return `
protocols = imap
listen = 127.0.0.1
base_dir = ${folder}/run
state_dir = ${folder}/state
instance_name = portal-test-${port}
log_path = ${folder}/dovecot.log
ssl = no
# Tests need no crash safety: without fsync the mailbox is several times faster.
mail_fsync = never
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${systemUser}
default_login_user = ${systemUser}
mail_location = maildir:${folder}/mail/%u
mail_uid = ${uid}
mail_gid = ${gid}
passdb {
  driver = static
  args = password=${DOVECOT_PASSWORD}
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${folder}/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service auth {
  unix_listener auth-userdb {
    mode = 0666
  }
}
`;
}

const NOBODY = { uid: 65534, gid: 65534, systemUser: "nobody" };

function mailOwner() {
  const uid = process.getuid?.() ?? 0;
  if (uid === 0) return NOBODY;
  return { uid, gid: process.getgid?.() ?? uid, systemUser: os.userInfo().username };
}

export async function startThrowawayDovecot(): Promise<ThrowawayDovecot> {
  if (!fs.existsSync(BINARY)) {
    throw new Error(
      "Dovecot not found (/usr/sbin/dovecot). Install it with `sudo apt-get install -y dovecot-imapd`.",
    );
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "portal-imap-"));
  for (const sub of ["run", "state", "mail", "home"]) fs.mkdirSync(path.join(folder, sub));
  const { uid, gid } = mailOwner();
  fs.chmodSync(folder, 0o711); // nobody passes through to its own folders, and reads nothing else
  for (const sub of ["mail", "home"]) fs.chownSync(path.join(folder, sub), uid, gid);
  const port = await freePort();
  const conf = path.join(folder, "dovecot.conf");
  fs.writeFileSync(conf, config(folder, port));
  const server = spawn(BINARY, ["-F", "-c", conf], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  try {
    await waitForPort(port, () => server.exitCode !== null);
  } catch {
    server.kill("SIGKILL");
    const log = path.join(folder, "dovecot.log");
    const detail = output + (fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(-2000) : "");
    fs.rmSync(folder, { recursive: true, force: true });
    throw new Error(`Could not start a throwaway Dovecot server: ${detail}`);
  }
  return {
    port,
    urlOf: (user) =>
      `imap://${encodeURIComponent(user)}:${DOVECOT_PASSWORD}@127.0.0.1:${port}/INBOX`,
    stop: async () => {
      if (server.exitCode === null) {
        server.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (server.exitCode === null) server.kill("SIGKILL");
      }
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Resolves once something listens on the loopback port; throws when `dead()` or after 10 s. */
async function waitForPort(port: number, dead: () => boolean): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until && !dead()) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("Dovecot did not start listening");
}
