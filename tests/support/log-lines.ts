import { Writable } from "node:stream";
import { createLogger } from "@/lib/log";

/** A logger as the app configures it, writing into `lines` (one parsed JSON object per line) and `raw`. */
export function collectingLogger() {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger(stream);
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
