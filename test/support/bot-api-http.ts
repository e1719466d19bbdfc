import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { BotApiError } from "./telegram-rules.js";

/**
 * The HTTP side of the Bot API emulator: routes /bot<token>/<method>, reads parameters the three
 * ways the Bot API accepts them (query string, JSON, form / multipart) and answers with the Bot
 * API envelope. Plain node:http, so no express and no open handles once closed.
 */
export type Params = Record<string, unknown>;

/** An uploaded file (InputFile): the emulator only keeps its name and size. */
export interface UploadedFile {
  filename: string;
  size: number;
}

export type ApiHandler = (
  token: string,
  method: string,
  params: Params,
  signal: AbortSignal,
) => Promise<unknown>;

export interface HttpServer {
  apiRoot: string;
  close(): Promise<void>;
}

export async function listen(handle: ApiHandler): Promise<HttpServer> {
  const server = createServer((req, res) => {
    void serve(handle, req, res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      // grammY keeps connections alive; without this close() waits for them to time out.
      server.closeAllConnections();
      await closed;
    },
  };
}

async function serve(handle: ApiHandler, req: IncomingMessage, res: ServerResponse) {
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const route = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
  if (!route?.[1] || !route[2]) return send(res, new BotApiError(404, "Not Found"));
  try {
    const params: Params = Object.fromEntries(url.searchParams);
    Object.assign(params, parseBody(await readBody(req), req.headers["content-type"] ?? ""));
    send(res, { ok: true, result: await handle(route[1], route[2], params, abort.signal) });
  } catch (error) {
    send(
      res,
      error instanceof BotApiError
        ? error
        : new BotApiError(500, `Internal Server Error: ${error}`),
    );
  }
}

function send(res: ServerResponse, body: BotApiError | { ok: true; result: unknown }) {
  if (res.destroyed) return;
  const payload =
    body instanceof BotApiError
      ? {
          ok: false,
          error_code: body.code,
          description: body.description,
          ...(body.parameters && { parameters: body.parameters }),
        }
      : body;
  const status = body instanceof BotApiError ? body.code : 200;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(body: Buffer, contentType: string): Params {
  if (body.length === 0) return {};
  if (contentType.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw new BotApiError(400, "Bad Request: can't parse JSON object");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new BotApiError(400, "Bad Request: JSON object expected");
    }
    return parsed as Params;
  }
  if (contentType.startsWith("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(body.toString("utf8")));
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (contentType.startsWith("multipart/form-data") && boundary) {
    return parseMultipart(body, boundary[1] ?? boundary[2] ?? "");
  }
  throw new BotApiError(400, `Bad Request: unsupported content type ${contentType}`);
}

/** Enough multipart for grammY's InputFile uploads ("photo": "attach://<id>" plus a file part). */
function parseMultipart(body: Buffer, boundary: string): Params {
  const fields: Params = {};
  // latin1 maps bytes 1:1, so splitting on the boundary cannot break a multi-byte character.
  for (let part of body.toString("latin1").split(`--${boundary}`).slice(1)) {
    if (part.startsWith("--")) break;
    part = part.replace(/^\r\n/, "").replace(/\r\n$/, "");
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.slice(0, headerEnd);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (headerEnd < 0 || name === undefined) continue;
    const content = Buffer.from(part.slice(headerEnd + 4), "latin1");
    const filename = /filename="?([^";\r\n]*)/i.exec(headers)?.[1];
    fields[name] =
      filename === undefined ? content.toString("utf8") : { filename, size: content.length };
  }
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && value.startsWith("attach://")) {
      fields[key] = fields[value.slice("attach://".length)] ?? value;
    }
  }
  return fields;
}
