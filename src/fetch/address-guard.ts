import { promises as dnsPromises } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { FetchError } from "./fetch-error.js";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all of its addresses. Injectable so tests never ask real DNS. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = (hostname) =>
  dnsPromises.lookup(hostname, { all: true, verbatim: true });

/** Which addresses a fetch may connect to, and how host names are turned into addresses. */
export interface AddressPolicy {
  isAllowedAddress: (ip: string) => boolean;
  resolveHost: HostResolver;
}

/**
 * True only for globally routable unicast addresses. Everything else (loopback, RFC 1918,
 * link-local such as the cloud metadata 169.254.169.254, CGNAT, unique-local, multicast,
 * reserved...) could reach the bot's own network, so a feed URL must not point there.
 */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false;
  let parsed = ipaddr.parse(ip);
  // ::ffff:127.0.0.1 reaches the IPv4 host 127.0.0.1, so judge the IPv4 address it carries.
  if (parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress()) {
    parsed = parsed.toIPv4Address();
  }
  return parsed.range() === "unicast";
}

/** The host of a URL without the brackets WHATWG URL keeps around IPv6 literals. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/**
 * Checks what can be checked before connecting: the scheme, and the host when it is an IP
 * literal. Literals must be checked here because Node connects to them without calling
 * `lookup`, so the connect-time guard never sees them.
 */
export function assertFetchableUrl(url: URL, policy: AddressPolicy): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError("scheme", `${url.href} is not an http(s) URL`);
  }
  const host = bareHost(url);
  if (isIP(host) !== 0 && !policy.isAllowedAddress(host)) {
    throw new FetchError("private-address", `${url.href} points at non-public address ${host}`);
  }
}

function dnsError(url: string, hostname: string, cause?: unknown): FetchError {
  return new FetchError("dns", `${url}: cannot resolve host ${hostname}`, { cause });
}

function wantedFamily(family: number | string | undefined): number | null {
  if (family === 4 || family === "IPv4") return 4;
  if (family === 6 || family === "IPv6") return 6;
  return null;
}

/**
 * A `lookup` for http(s).request that refuses non-public addresses. Because the socket connects
 * to exactly the address this returns, a DNS answer that changes between a check and the
 * connect (DNS rebinding) cannot slip a private address through.
 */
export function guardedLookup(url: string, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    policy.resolveHost(hostname).then(
      (addresses) => {
        const family = wantedFamily(options.family);
        const usable = family ? addresses.filter((a) => a.family === family) : addresses;
        const first = usable[0];
        if (!first) return callback(dnsError(url, hostname), "");
        // Refuse the host outright if any answer is private: an attacker controls the order.
        const forbidden = usable.find((a) => !policy.isAllowedAddress(a.address));
        if (forbidden) {
          const message = `${url}: host ${hostname} resolves to non-public address ${forbidden.address}`;
          return callback(new FetchError("private-address", message), "");
        }
        if (options.all) return callback(null, usable);
        callback(null, first.address, first.family);
      },
      (error: unknown) => callback(dnsError(url, hostname, error), ""),
    );
  };
}
