import "server-only";
export { decryptSecret, encryptOptionalSecret, encryptSecret, SecretDecryptionError, sealedWithOldKey } from "./secret-box";
