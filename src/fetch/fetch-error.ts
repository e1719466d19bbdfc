/** Why a fetch failed; callers branch on this (e.g. retry on "timeout", never on "scheme"). */
export type FetchErrorCode =
  | "scheme"
  | "private-address"
  | "dns"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "http-status"
  | "network";

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  /** The HTTP status, set for "http-status" errors. */
  readonly status: number | undefined;

  constructor(
    code: FetchErrorCode,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message.startsWith("fetch: ") ? message : `fetch: ${message}`, { cause: options.cause });
    this.name = "FetchError";
    this.code = code;
    this.status = options.status;
  }
}
