// The client's restart policy never gives up for good, backing off while the server keeps
// stopping; its liveness check tells a server that answers from one that is running but hung.

import assert from "node:assert/strict";
import { test } from "node:test";
import { LivenessCheck, RestartPolicy } from "../../client/src/serverHealth.js";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

test("a server that keeps crashing is restarted at once five times, then after waits that double up to 5 minutes, without end", () => {
  const policy = new RestartPolicy();
  let now = 0;
  const waits: number[] = [];
  for (let crash = 0; crash < 12; crash++) {
    policy.started(now);
    now += SECOND; // crashes a second after it starts
    const { delayMs, message } = policy.closed(now);
    waits.push(delayMs);
    assert.equal(message === undefined, delayMs === 0, "a wait is told, an immediate restart is not");
    now += delayMs;
  }
  assert.deepEqual(
    waits.map((w) => w / SECOND),
    [0, 0, 0, 0, 0, 10, 20, 40, 80, 160, 300, 300],
  );
  policy.started(now);
  assert.match(policy.closed(now + SECOND).message ?? "", /stopped 13 times in a row soon after starting; it will be started again in 5 min/);
});

test("a server that ran for 3 minutes before it stopped is restarted at once, the count starting afresh", () => {
  const policy = new RestartPolicy();
  let now = 0;
  for (let crash = 0; crash < 8; crash++) {
    policy.started(now);
    now += SECOND;
    now += policy.closed(now).delayMs;
  }
  policy.started(now);
  now += 3 * MINUTE;
  assert.deepEqual(policy.closed(now), { delayMs: 0 });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("the liveness check pings a running server, and says it is hung when a ping goes unanswered for the timeout, once", async () => {
  let answering = true;
  let running = true;
  let pings = 0;
  let hung = 0;
  const check = new LivenessCheck(
    {
      ping: () => {
        pings++;
        return answering ? Promise.resolve(true) : new Promise(() => undefined);
      },
      running: () => running,
      hung: () => void hung++,
    },
    20,
    150,
  );
  try {
    await sleep(200);
    assert.ok(pings >= 3, `${pings} pings`);
    assert.equal(hung, 0, "a server that answers is not hung");
    answering = false;
    await sleep(400);
    assert.equal(hung, 1, "told once, not at every check");
    // Restarted: not running for a while (no pings), then running and answering again.
    running = false;
    answering = true;
    await sleep(60);
    const before = pings;
    await sleep(60);
    assert.equal(pings, before, "no ping while the server is not running");
    running = true;
    await sleep(300);
    assert.equal(hung, 1);
    assert.ok(pings > before);
  } finally {
    check.dispose();
  }
});
