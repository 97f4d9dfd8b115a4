import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { s3Storage, type FileStorage } from "@/lib/storage";

/** What s3rver accepts as credentials, as a deployment would set AWS_ACCESS_KEY_ID and friends. */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
export const TEST_BUCKET = "portal-anexos";

export type S3Server = {
  /** STORAGE_URL for a portal process to use this server. */
  url: string;
  storage: FileStorage;
  /** The objects in the bucket now (s3rver keeps each as a folder of files on disk). */
  objectCount(): number;
  stop(): Promise<void>;
};

/**
 * A real S3-compatible server (s3rver) on loopback, with one bucket, its data in a temporary
 * folder removed on stop.
 */
export async function startS3Server(port = 0): Promise<S3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "portal-s3-"));
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const location = { bucket: TEST_BUCKET, endpoint, region: "us-east-1", forcePathStyle: true };
  const bucketFolder = path.join(directory, TEST_BUCKET);
  return {
    url: `s3://${TEST_BUCKET}?endpoint=${endpoint}&region=us-east-1&forcePathStyle=true`,
    storage: s3Storage({ ...location, credentials: S3RVER_CREDENTIALS }),
    objectCount: () =>
      fs
        .readdirSync(bucketFolder, { recursive: true })
        .filter((entry) => String(entry).endsWith("._S3rver_object")).length,
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
