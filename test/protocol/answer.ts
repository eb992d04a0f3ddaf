// A request that must be answered in time: a hang is a failure, not a slow test.

import type { TestServer } from "./client.js";

export async function answerWithin<T>(server: TestServer, method: string, params: unknown, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${method} did not answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([server.connection.sendRequest(method, params) as Promise<T>, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
