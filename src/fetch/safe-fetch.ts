import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import {
  type AddressPolicy,
  assertFetchableUrl,
  guardedLookup,
  type HostResolver,
  isPublicAddress,
  systemResolver,
} from "./address-guard.js";
import { collectUpTo, decodeBody, decompressed } from "./body-decoding.js";
import { FetchError } from "./fetch-error.js";

export { isPublicAddress } from "./address-guard.js";
export { FetchError, type FetchErrorCode } from "./fetch-error.js";

export interface FetchOptions {
  /** Budget for the whole fetch: every redirect hop and the body. */
  timeoutMs?: number;
  /** Largest accepted body, counted after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Lets tests (and a deliberate local feed) reach loopback/private addresses. */
  allowPrivate?: boolean;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  userAgent?: string;
  /** Replaces system DNS, e.g. with a fake in tests. */
  resolveHost?: HostResolver;
  /** Replaces the public-address rule (ignored when allowPrivate is set). */
  isAllowedAddress?: (ip: string) => boolean;
}

export type FetchResult =
  | {
      kind: "ok";
      url: string;
      status: number;
      contentType: string | null;
      body: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: "not-modified" };

type HopResult =
  | { kind: "redirect"; status: number; location: string | undefined }
  | { kind: "not-modified" }
  | { kind: "ok"; status: number; response: IncomingMessage; bytes: Buffer };

interface Settings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  headers: Record<string, string>;
  policy: AddressPolicy;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_USER_AGENT = "HubunganBot/0.1 (+https://github.com/hubungan)";

function settingsFrom(options: FetchOptions): Settings {
  const headers: Record<string, string> = {
    "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
    accept: options.accept ?? "*/*",
    "accept-encoding": "gzip, deflate, br",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  const isAllowedAddress = options.allowPrivate
    ? () => true
    : (options.isAllowedAddress ?? isPublicAddress);
  return {
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
    headers,
    policy: { isAllowedAddress, resolveHost: options.resolveHost ?? systemResolver },
  };
}

function parseUrl(raw: string, base?: URL): URL {
  try {
    return new URL(raw, base);
  } catch {
    throw new FetchError("scheme", `cannot parse URL ${JSON.stringify(raw)}`);
  }
}

/**
 * GETs a URL from the open internet without letting it reach the bot's own network: every hop
 * is checked (scheme, literal IPs, and resolved addresses at connect time), and time, size
 * and redirect count are bounded.
 */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const settings = settingsFrom(options);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
  try {
    let current = parseUrl(url);
    const visited = new Set<string>();
    for (let redirects = 0; ; redirects++) {
      assertFetchableUrl(current, settings.policy);
      visited.add(current.href);
      const hop = await requestOnce(current.href, settings, timeout.signal);
      if (hop.kind === "not-modified") return hop;
      if (hop.kind === "ok") return okResult(current.href, hop);
      if (hop.location === undefined) {
        const message = `${current.href} answered HTTP ${hop.status} without a Location`;
        throw new FetchError("http-status", message, { status: hop.status });
      }
      const next = parseUrl(hop.location, current);
      if (visited.has(next.href)) {
        throw new FetchError("too-many-redirects", `${current.href} redirects in a loop`);
      }
      if (redirects >= settings.maxRedirects) {
        const message = `${url} redirected more than ${settings.maxRedirects} times`;
        throw new FetchError("too-many-redirects", message);
      }
      current = next;
    }
  } finally {
    clearTimeout(timer);
  }
}

function okResult(url: string, hop: Extract<HopResult, { kind: "ok" }>): FetchResult {
  const headers = hop.response.headers;
  const contentType = headers["content-type"] ?? null;
  return {
    kind: "ok",
    url,
    status: hop.status,
    contentType,
    body: decodeBody(hop.bytes, contentType),
    etag: headers.etag ?? null,
    lastModified: headers["last-modified"] ?? null,
  };
}

function asFetchError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new FetchError("network", `${url} failed: ${message}`, { cause: error });
}

/** One request/response exchange; redirects are returned, not followed, so each hop is checked. */
function requestOnce(url: string, settings: Settings, signal: AbortSignal): Promise<HopResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onTimeout);
      // agent:false means one socket per request; closing it also stops any unread body.
      request.destroy();
      outcome();
    };
    const fail = (error: FetchError) => settle(() => reject(error));
    const onTimeout = () =>
      fail(new FetchError("timeout", `${url} took longer than ${settings.timeoutMs} ms`));

    const transport = url.startsWith("https:") ? https : http;
    const request = transport.request(url, {
      method: "GET",
      headers: settings.headers,
      // A fresh socket per request: a pooled one could have been opened under another policy.
      agent: false,
      lookup: guardedLookup(url, settings.policy),
    });
    request.on("error", (error) => fail(asFetchError(error, url)));
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        return settle(() =>
          resolve({ kind: "redirect", status, location: response.headers.location }),
        );
      }
      if (status === 304) return settle(() => resolve({ kind: "not-modified" }));
      if (status < 200 || status > 299) {
        return fail(new FetchError("http-status", `${url} answered HTTP ${status}`, { status }));
      }
      const tooLarge = () =>
        new FetchError("too-large", `${url} sent more than ${settings.maxBytes} bytes`);
      const declaredLength = Number(response.headers["content-length"] ?? Number.NaN);
      if (declaredLength > settings.maxBytes) return fail(tooLarge());
      const body = decompressed(response, response.headers["content-encoding"]);
      collectUpTo(body, settings.maxBytes, tooLarge).then(
        (bytes) => settle(() => resolve({ kind: "ok", status, response, bytes })),
        (error: unknown) => fail(asFetchError(error, url)),
      );
    });
    if (signal.aborted) onTimeout();
    else signal.addEventListener("abort", onTimeout, { once: true });
    request.end();
  });
}
