import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/** Wraps the raw response in a decompressor for the encodings we advertise in Accept-Encoding. */
export function decompressed(raw: Readable, contentEncoding: string | undefined): Readable {
  const encoding = (contentEncoding ?? "").trim().toLowerCase();
  const decompressor =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : null;
  if (!decompressor) return raw;
  // pipe() does not forward errors, and a dropped connection must fail the read.
  raw.on("error", (error) => decompressor.destroy(error));
  return raw.pipe(decompressor);
}

/**
 * Collects a stream, counting decompressed bytes, and gives up as soon as the total passes
 * `maxBytes` so a huge (or gzip-bomb) body is never held in memory.
 */
export async function collectUpTo(
  stream: AsyncIterable<Buffer>,
  maxBytes: number,
  onTooLarge: () => Error,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) throw onTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

const BYTE_ORDER_MARKS: ReadonlyArray<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

function charsetFromBom(bytes: Uint8Array): string | null {
  for (const [mark, charset] of BYTE_ORDER_MARKS) {
    if (mark.every((byte, index) => bytes[index] === byte)) return charset;
  }
  return null;
}

function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match?.[1] ?? null;
}

/** Reads `<?xml encoding="…"?>` or `<meta charset>` from the start of the document. */
function charsetFromDeclaration(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII declarations read correctly whatever
  // the real encoding is.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const xml = head.match(/<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (xml?.[1]) return xml[1];
  const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return meta?.[1] ?? null;
}

function decodeAs(charset: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown label (typo, exotic charset): UTF-8 is the best guess for today's web.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Decodes a body by its BOM, then the Content-Type charset, then an in-document declaration. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset =
    charsetFromBom(bytes) ??
    charsetFromContentType(contentType) ??
    charsetFromDeclaration(bytes) ??
    "utf-8";
  return decodeAs(charset, bytes);
}
