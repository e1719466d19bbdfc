import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import { FetchError, type FetchErrorCode } from "./fetch-error.js";

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** A throwaway HTTP server on 127.0.0.1 that records every request it receives. */
export interface TestServer {
  origin: string;
  port: number;
  /** Paths requested so far, in order. */
  requested: string[];
  /** Headers of the most recent request. */
  lastHeaders: IncomingMessage["headers"];
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, RouteHandler>();
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    state.requested.push(path);
    state.lastHeaders = request.headers;
    const handler = routes.get(path.split("?")[0]!);
    if (handler) return handler(request, response);
    response.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const state: TestServer = {
    origin: `http://127.0.0.1:${port}`,
    port,
    requested: [],
    lastHeaders: {},
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        // Hanging "slow server" responses would otherwise keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return state;
}

/**
 * Streams `totalBytes` of filler in small chunks, honouring backpressure, and resolves with
 * how many bytes were handed to the socket when the connection closed, so a test can tell
 * whether the client stopped reading early.
 */
export function streamFiller(response: ServerResponse, totalBytes: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, "a");
  let written = 0;
  return new Promise((resolve) => {
    response.on("close", () => resolve(written));
    // At most a chunk per millisecond, and none while the socket is full, so the client
    // can hang up long before the whole body sits in kernel buffers.
    const writeMore = () => {
      if (response.destroyed) return;
      if (written >= totalBytes) return void response.end();
      written += chunk.length;
      const writeLater = () => setTimeout(writeMore, 1);
      if (response.write(chunk)) writeLater();
      else response.once("drain", writeLater);
    };
    writeMore();
  });
}

/** Awaits a promise that must reject with a FetchError of the given code, and returns it. */
export async function expectFetchError(
  promise: Promise<unknown>,
  code: FetchErrorCode,
): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FetchError);
  const fetchError = error as FetchError;
  expect(fetchError.code).toBe(code);
  expect(fetchError.message).toMatch(/^fetch: /);
  return fetchError;
}
