/**
 * Rich text from SharePoint lists (KLIK's task description) is untrusted HTML. Besides running
 * script, HTML can make the reader's browser contact any server the moment it is shown: an image
 * (`src`, `srcset`, `<picture><source>`), a video's `poster`, audio, `<track>`, frames, objects,
 * embeds, `<link>`/`<meta>`/`<base>`, forms, a table's `background`, SVG's `href`/`xlink:href`,
 * CSS `url()` and `@import` in a style attribute or `<style>`. A tracking pixel tells the sender
 * who opened which task and when, from where; some of these also leak credentials to an intranet
 * server (NTLM) or spoof content inside our trusted panel.
 *
 * So this is an allow-list, not a block-list: only text structure survives (paragraphs, lists,
 * headings, emphasis, tables, links), with no style, class, id or URL-bearing attribute except a
 * link's href. Nothing that remains can fetch on render.
 *
 * - Links stay, as http(s) or mailto only (judged the way the browser parses the URL, so
 *   "jav&#9;ascript:" or a relative path loses its href and stays as text). Web links open in a new
 *   tab; all get rel="noopener noreferrer" (no window.opener, no Referer to the foreign site), and any
 *   rel the author gave (prefetch, preload, prerender, preconnect, dns-prefetch) is replaced, so a
 *   link is fetched only when the reader clicks it.
 * - Images are removed, data: images too: they contact no server, but KLIK's descriptions carry
 *   none (the PDF export has only text), and an image inside our panel could show anything (a fake
 *   button, a "sign in" form) with the plan's authority; a huge data: URL can also stall the panel.
 *   Where one was, the reader sees "[billede fjernet]" (with its alt text), so nothing is silently
 *   missing. Video, audio, frames, objects, embeds and formulas show "[indhold fjernet]".
 * - Anything else not allowed is unwrapped: its text stays, the element goes.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from "dompurify";
import * as strings from "OirCommonStrings";

const ALLOWED_TAGS = [
  "p", "br", "div", "span", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "code", "hr",
  "a", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"
];
/** None of these takes a URL except href, which afterSanitizeAttributes checks. */
const ALLOWED_ATTR = ["href", "title", "colspan", "rowspan", "scope", "start", "lang", "dir"];

/** Elements shown as "[billede fjernet]" (SVG is not allowed at all: <image href>, <use href>, feImage fetch). */
const IMAGE_TAGS = new Set(["img", "image", "svg"]);
/** Other embedded content shown as "[indhold fjernet]". */
const EMBEDDED_TAGS = new Set(["video", "audio", "iframe", "frame", "object", "embed", "applet", "math", "portal", "fencedframe"]);

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  // Their content is fallback or sources, not text for the reader; the placeholder stands for it
  // (DOMPurify already drops the content of video, audio, iframe, svg and math).
  ADD_FORBID_CONTENTS: ["object", "embed", "applet", "picture"],
  RETURN_TRUSTED_TYPE: false
};

function format(template: string, value: string): string {
  return template.replace("{0}", value);
}

/** The text left where an element was removed, or undefined when it goes without a word. */
function placeholderFor(element: Element, tagName: string): string | undefined {
  if (tagName === "picture") {
    const img = element.querySelector("img");
    const alt = img?.getAttribute("alt")?.trim();
    return alt ? format(strings.RichTextImageRemovedAlt, alt) : strings.RichTextImageRemoved;
  }
  if (IMAGE_TAGS.has(tagName)) {
    const alt = element.getAttribute("alt")?.trim();
    return alt ? format(strings.RichTextImageRemovedAlt, alt) : strings.RichTextImageRemoved;
  }
  if (EMBEDDED_TAGS.has(tagName)) return strings.RichTextContentRemoved;
  return undefined;
}

/** A link's href as the browser would follow it, when it is http(s) or mailto. */
function safeHref(href: string): string | undefined {
  let url: URL;
  try {
    // Absolute URLs only: a relative href would point into the SharePoint site the part runs on.
    url = new URL(href);
  } catch {
    return undefined;
  }
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

function createPurifier(): Purifier {
  // A private instance: these hooks never touch another caller's DOMPurify.
  const purifier = DOMPurify(window);
  purifier.addHook("uponSanitizeElement", (node, data) => {
    if (node.nodeType !== 1 || data.allowedTags[data.tagName]) return;
    const element = node as Element;
    const text = placeholderFor(element, data.tagName);
    if (text !== undefined && element.parentNode) {
      element.parentNode.insertBefore(element.ownerDocument.createTextNode(text), element);
    }
  });
  purifier.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName.toLowerCase() !== "a") return;
    const element = node as Element;
    const href = safeHref(element.getAttribute("href") ?? "");
    if (href === undefined) {
      element.removeAttribute("href");
      return;
    }
    element.setAttribute("href", href);
    // A web link opens beside the plan; mailto hands over to the mail program (no blank tab).
    if (!href.startsWith("mailto:")) element.setAttribute("target", "_blank");
    element.setAttribute("rel", "noopener noreferrer");
  });
  return purifier;
}

let purifier: Purifier | undefined;

/**
 * HTML from a list that is safe to render: no script, and nothing that makes the browser fetch
 * on render (see the file comment). Needs a DOM (the browser, or jsdom in tests).
 */
export function sanitizeRichText(html: string): string {
  purifier ??= createPurifier();
  return purifier.sanitize(html, CONFIG) as string;
}
