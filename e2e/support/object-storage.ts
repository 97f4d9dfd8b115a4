import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/** The bucket the portal under test keeps its files in when it runs on object storage. */
export const E2E_BUCKET = "portal-anexos";
/** What s3rver accepts as credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY). */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
/** Where e2e/support/web-server.ts says which storage the portal uses (read by the specs). */
export const E2E_STORAGE_FILE = "data/e2e-storage.json";
/** The local folder, or s3rver's bucket folder and data directory (removed by the teardown). */
export type E2eStorage =
  { kind: "folder"; folder: string } | { kind: "s3"; folder: string; directory: string };

/**
 * A real S3-compatible server (s3rver) on loopback with one bucket, its data in a temporary
 * folder: for the tests and for the portal the end-to-end specs drive.
 */
export async function startS3rver(port = 0) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "portal-s3-"));
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: E2E_BUCKET }],
  });
  const endpoint = `http://127.0.0.1:${(await server.run()).port}`;
  return {
    endpoint,
    bucket: E2E_BUCKET,
    directory,
    /** STORAGE_URL for a portal process to use this server. */
    url: `s3://${E2E_BUCKET}?endpoint=${endpoint}&region=us-east-1&forcePathStyle=true`,
    /** Where s3rver keeps the bucket's objects, one `<name>._S3rver_object` file each. */
    bucketFolder: path.join(directory, E2E_BUCKET),
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The files under a folder, recursively (s3rver's objects, or the local storage's files). */
export const filesUnder = (folder: string): string[] =>
  fs.existsSync(folder)
    ? fs
        .readdirSync(folder, { recursive: true })
        .map((entry) => path.join(folder, String(entry)))
        .filter((file) => fs.statSync(file).isFile())
    : [];
