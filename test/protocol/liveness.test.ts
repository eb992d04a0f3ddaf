// The client's liveness check against the real server: it answers the check at once, and a server
// that is running but answers nothing (here: stopped by a signal) is told as hung.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { LivenessCheck } from "../../client/src/serverHealth.js";
import { startServer, type TestServer } from "./client.js";

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  server.process.kill("SIGCONT");
  await server.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("newsLens/alive is answered at once", async () => {
  assert.equal(await server.connection.sendRequest("newsLens/alive", null), true);
});

test("a server that is alive but does not answer is found hung; once it answers again, it is not", async () => {
  let hung = 0;
  const check = new LivenessCheck({ ping: () => server.connection.sendRequest("newsLens/alive", null), running: () => true, hung: () => void hung++ }, 50, 400);
  try {
    await sleep(500);
    assert.equal(hung, 0);
    server.process.kill("SIGSTOP"); // the process lives on, and answers nothing
    await sleep(1000);
    assert.equal(server.process.exitCode, null, "still alive");
    assert.equal(hung, 1);
    server.process.kill("SIGCONT");
    assert.equal(await server.connection.sendRequest("newsLens/alive", null), true);
  } finally {
    check.dispose();
  }
});
