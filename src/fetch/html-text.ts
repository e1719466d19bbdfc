import { parseHTML } from "linkedom";

/*
 * The project compiles without the DOM lib, so linkedom's types resolve to `any`. These are
 * the few DOM members this folder uses, so the compiler still checks our side.
 */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

export interface HtmlElement extends HtmlNode {
  getAttribute(name: string): string | null;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
}

export interface HtmlDocument extends HtmlElement {
  readonly body: HtmlElement | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Elements whose text stands apart from its neighbours' (a paragraph break before and after). */
const BLOCK_ELEMENTS = new Set(
  (
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION " +
    "FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE " +
    "TBODY TFOOT THEAD TR UL"
  ).split(" "),
);

/** Elements whose content is never reader-visible text. */
const INVISIBLE_ELEMENTS = new Set(["HEAD", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG"]);

export function parseHtmlDocument(html: string): HtmlDocument {
  return parseHTML(html).document;
}

/** linkedom only builds <body> for a whole document, so fragments get wrapped in one. */
export function parseHtmlFragment(html: string): HtmlElement {
  const document = parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.body ?? document;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The visible text under `root`, one string per block (paragraph, heading, list item...).
 * Line breaks from <br> survive inside a block; other whitespace runs become one space.
 */
export function paragraphsOf(root: HtmlNode): string[] {
  const paragraphs: string[] = [];
  let pending = "";
  const flush = () => {
    const lines = pending.split("\n").map(collapseWhitespace).filter(Boolean);
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    pending = "";
  };
  const visit = (node: HtmlNode) => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      pending += node.textContent ?? "";
      return;
    }
    const isContainer =
      node.nodeType === ELEMENT_NODE ||
      node.nodeType === DOCUMENT_NODE ||
      node.nodeType === DOCUMENT_FRAGMENT_NODE;
    if (!isContainer) return;
    const name = node.nodeName.toUpperCase();
    if (INVISIBLE_ELEMENTS.has(name)) return;
    if (name === "BR") {
      pending += "\n";
      return;
    }
    const isBlock = BLOCK_ELEMENTS.has(name);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (isBlock) flush();
    // Table cells sit side by side; keep their words apart.
    else if (name === "TD" || name === "TH") pending += " ";
  };
  visit(root);
  flush();
  return paragraphs;
}

/** HTML (or plain text with entities) as one line of plain text. */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  return collapseWhitespace(paragraphsOf(parseHtmlFragment(html)).join(" "));
}
