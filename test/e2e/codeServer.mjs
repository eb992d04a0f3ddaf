// The real VS Code the end-to-end tests and `npm run try` use: code-server, installed by
// scripts/e2e-setup.sh, in a throwaway profile, listening on 127.0.0.1 only with no password.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const CODE_SERVER_VERSION = "4.100.3";

/** The code-server binary (NEWS_LENS_TOOLS or CODE_SERVER_BIN to look elsewhere); throws with what to run when it is missing. */
export function findCodeServer() {
  const tools = process.env.NEWS_LENS_TOOLS || path.join(os.homedir(), ".cache", "news-lens-e2e");
  const bin = process.env.CODE_SERVER_BIN || path.join(tools, `code-server-${CODE_SERVER_VERSION}`, "node_modules", ".bin", "code-server");
  if (!fs.existsSync(bin)) throw new Error(`code-server not found at ${bin}: run "bash scripts/e2e-setup.sh" first`);
  return bin;
}

/** A port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The user settings of every throwaway profile: nothing asks, tours, updates or phones home. */
const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
};

/**
 * A throwaway profile under `root` (user data, extensions, config) with the quiet settings and
 * `settings` over them; returns its folders and the arguments that make code-server use it.
 */
export function makeProfile(root, settings = {}) {
  const userData = path.join(root, "user-data");
  const extDir = path.join(root, "extensions");
  const csConfig = path.join(root, "code-server.yaml");
  fs.mkdirSync(path.join(userData, "User"), { recursive: true });
  fs.mkdirSync(extDir, { recursive: true });
  fs.writeFileSync(csConfig, "auth: none\ncert: false\n");
  fs.writeFileSync(path.join(userData, "User", "settings.json"), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  return { userData, extDir, csArgs: ["--config", csConfig, "--user-data-dir", userData, "--extensions-dir", extDir] };
}

/** Installs a .vsix into the profile; `{ ok, out }` with code-server's output. */
export function installExtension(codeServer, csArgs, vsix, env) {
  const r = spawnSync(codeServer, [...csArgs, "--install-extension", vsix], { env, encoding: "utf8", timeout: 120000 });
  const out = `${r.stdout || ""}${r.stderr || ""}`;
  return { ok: r.status === 0 && /successfully installed/i.test(out), status: r.status, out };
}

/** Starts code-server on `port` opening `folder`, in its own process group (so that one kill stops it with the extension host and the language server), output to the file descriptor `logFd`. */
export function startCodeServer(codeServer, csArgs, { port, folder, env, logFd }) {
  return spawn(
    codeServer,
    [
      ...csArgs,
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--auth",
      "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      folder,
    ],
    { env, detached: true, stdio: ["ignore", logFd, logFd] },
  );
}

/** Stops code-server's process group: TERM, KILL after 5 s, then KILL whatever is left of the group (the extension host, the language server). */
export async function stopCodeServer(server) {
  if (server.exitCode === null && server.signalCode === null) {
    const gone = new Promise((r) => server.once("exit", r));
    signalGroup(server, "SIGTERM");
    const kill = setTimeout(() => signalGroup(server, "SIGKILL"), 5000);
    await Promise.race([gone, new Promise((r) => setTimeout(r, 7000))]);
    clearTimeout(kill);
  }
  signalGroup(server, "SIGKILL");
}

/** Sends `signal` to the process group of `server`; a group already gone is no error. */
export function signalGroup(server, signal) {
  try {
    process.kill(-server.pid, signal);
  } catch {}
}
