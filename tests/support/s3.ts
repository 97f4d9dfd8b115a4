import { s3Storage, type FileStorage } from "@/lib/storage";
import { filesUnder, S3RVER_CREDENTIALS, startS3rver } from "../../e2e/support/object-storage";

export type S3Server = {
  storage: FileStorage;
  /** The objects in the bucket now, counted on s3rver's disk. */
  objectCount(): number;
  stop(): Promise<void>;
};

/** A real S3-compatible server on loopback (as the end-to-end portal uses), and storage on it. */
export async function startS3Server(): Promise<S3Server> {
  const server = await startS3rver();
  const location = { bucket: server.bucket, endpoint: server.endpoint, region: "us-east-1" };
  return {
    storage: s3Storage({ ...location, forcePathStyle: true, credentials: S3RVER_CREDENTIALS }),
    objectCount: () =>
      filesUnder(server.bucketFolder).filter((file) => file.endsWith("._S3rver_object")).length,
    stop: server.stop,
  };
}
