// Serves the built front-end (`npm run build` first) as `next start` does, with one addition:
// a page the CMS could not serve answers 503 Service Unavailable, not Next's generic 500.
// The page's data layer (src/lib/cms.ts) flags the request it runs for; a flagged 500 becomes a 503.
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";

import next from "next";

const port = Number(process.env.FRONTEND_PORT ?? 8020);
const hostname = process.env.FRONTEND_HOST ?? "127.0.0.1";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const requests = new AsyncLocalStorage();

globalThis[Symbol.for("frontend.cmsUnavailable")] = () => {
  const request = requests.getStore();
  if (request) {
    request.cmsUnavailable = true;
  }
};

await app.prepare();

createServer((req, res) => {
  const request = { cmsUnavailable: false };
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, ...rest) => writeHead(status === 500 && request.cmsUnavailable ? 503 : status, ...rest);
  requests.run(request, () => handle(req, res));
}).listen(port, hostname, () => {
  console.log(`Front-end on http://${hostname}:${port}/, reading ${process.env.CMS_URL ?? "http://127.0.0.1:8000"}`);
});
