/**
 * sanitizeRichText (src/ui/common/richText.ts): list HTML keeps its text structure and links, and
 * loses everything that runs script or makes the browser fetch on render. The XSS corpus of the
 * browser test (tests/security/xss-payloads.json) runs through it too.
 */
import * as fs from "fs";
import * as path from "path";
import { sanitizeRichText } from "../../../src/ui/common/richText";

const corpus = JSON.parse(fs.readFileSync(path.join(__dirname, "../../security/xss-payloads.json"), "utf8")) as {
  payloads: { id: string; payload: string; fetches?: boolean; shows?: string }[];
};

/** The sanitized HTML parsed back, as the browser would hold it after innerHTML. */
function render(html: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = sanitizeRichText(html);
  return host;
}

/** Every attribute and element in `host` that could make the browser fetch or run something. */
function fetchingParts(host: HTMLElement): string[] {
  const found: string[] = [];
  const fetchingTags = "img, image, picture, source, video, audio, track, iframe, frame, object, embed, applet, link, meta, base, form, input, button, svg, math, style, script, portal";
  for (const el of Array.from(host.querySelectorAll(fetchingTags))) found.push(`<${el.tagName.toLowerCase()}>`);
  for (const el of Array.from(host.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name === "href" && el.tagName === "A") continue;
      if (["target", "rel"].includes(name) && el.tagName === "A") continue;
      if (["title", "colspan", "rowspan", "scope", "start", "lang", "dir"].includes(name)) continue;
      found.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value}">`);
    }
  }
  return found;
}

describe("sanitizeRichText", () => {
  it("keeps KLIK's text structure: paragraphs, lists, emphasis, headings, tables", () => {
    const html =
      "<h3>Formål</h3><p>Planlæg <strong>projektet</strong> og <em>forankringen</em>.</p><ul><li>Et</li><li>To</li></ul>" +
      '<ol start="3"><li>Tre</li></ol><table><tbody><tr><th scope="row">Rolle</th><td colspan="2">KY-projektleder</td></tr></tbody></table>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it("removes remote images and leaves '[billede fjernet]' (with the alt text) where each was", () => {
    const host = render('<p>Før <img src="http://127.0.0.1:9/pixel.gif"> efter</p><p><img src="https://evil.example/x.png" alt="Organisationsdiagram"></p>');
    expect(host.innerHTML).toBe("<p>Før [billede fjernet] efter</p><p>[billede fjernet: Organisationsdiagram]</p>");
  });

  it("removes srcset, picture sources, data: images and SVG images the same way, once each", () => {
    expect(render('<img srcset="https://evil.example/a.png 1x, https://evil.example/b.png 2x">').innerHTML).toBe("[billede fjernet]");
    expect(render('<picture><source srcset="https://evil.example/a.webp"><img src="https://evil.example/a.png" alt="Kort"></picture>').innerHTML).toBe(
      "[billede fjernet: Kort]"
    );
    expect(render('<img src="data:image/png;base64,iVBORw0KGgo=">').innerHTML).toBe("[billede fjernet]");
    expect(render('<svg><image href="https://evil.example/i.png"/><use xlink:href="https://evil.example/s.svg#a"/></svg>').innerHTML).toBe("[billede fjernet]");
  });

  it("removes video, audio, tracks, frames, objects and embeds with '[indhold fjernet]'", () => {
    const host = render(
      '<video poster="https://evil.example/p.png" src="https://evil.example/v.mp4"><track src="https://evil.example/t.vtt"></video>' +
        '<audio src="https://evil.example/a.mp3"></audio><iframe src="https://evil.example/"></iframe>' +
        '<object data="https://evil.example/o.swf">fallback</object><embed src="https://evil.example/e.swf">'
    );
    expect(host.innerHTML).toBe("[indhold fjernet]".repeat(5));
  });

  it("drops fetching attributes and elements that show nothing: style url(), background, link, meta, base, form", () => {
    const html =
      '<div style="background:url(https://evil.example/bg.png)">stil</div><style>@import "https://evil.example/x.css";</style>' +
      '<table background="https://evil.example/t.png"><tbody><tr><td background="https://evil.example/c.png">celle</td></tr></tbody></table>' +
      '<link rel="stylesheet" href="https://evil.example/s.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">' +
      '<base href="https://evil.example/"><form action="https://evil.example/f"><input type="image" src="https://evil.example/i.png"><button formaction="https://evil.example/b">send</button></form>' +
      '<p class="x" id="y" data-src="https://evil.example/d.png" aria-describedby="z">tekst</p>';
    const host = render(html);
    expect(fetchingParts(host)).toEqual([]);
    expect(host.innerHTML).toBe("<div>stil</div><table><tbody><tr><td>celle</td></tr></tbody></table>send<p>tekst</p>");
  });

  it("keeps http(s) links (new tab) and mailto links, all with rel=noopener noreferrer and no prefetch", () => {
    const host = render(
      '<a href="https://www.kombit.dk/ky" rel="prefetch preload" ping="https://evil.example/p" download referrerpolicy="unsafe-url">KOMBIT</a>' +
        '<a href="mailto:ky@kombit.dk">Skriv</a><a href="HTTP://Example.DK/a b">stor</a>'
    );
    const links = Array.from(host.querySelectorAll("a")).map((a) => Array.from(a.attributes).map((x) => `${x.name}=${x.value}`));
    expect(links).toEqual([
      ["href=https://www.kombit.dk/ky", "target=_blank", "rel=noopener noreferrer"],
      ["href=mailto:ky@kombit.dk", "rel=noopener noreferrer"],
      ["href=http://example.dk/a%20b", "target=_blank", "rel=noopener noreferrer"]
    ]);
  });

  it("keeps a link's text but not its href for any other scheme or a relative path", () => {
    const hrefs = ["javascript:alert(1)", "jav\tascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "ftp://x.dk/f", "file:///c:/x", "/sites/x", "//evil.example/x", "x.html"];
    for (const href of hrefs) {
      const a = document.createElement("a");
      a.setAttribute("href", href);
      a.textContent = "klik";
      const host = render(a.outerHTML);
      expect({ href, html: host.innerHTML }).toEqual({ href, html: "<a>klik</a>" });
    }
  });

  it("leaves nothing that runs or fetches from any payload of the XSS corpus", () => {
    expect(corpus.payloads.length).toBeGreaterThanOrEqual(30);
    for (const { id, payload } of corpus.payloads) {
      const host = render(`<p>${payload}</p>`);
      expect({ id, found: fetchingParts(host) }).toEqual({ id, found: [] });
      expect({ id, href: Array.from(host.querySelectorAll("a[href]")).map((a) => a.getAttribute("href")).filter((h) => !/^(https?|mailto):/.test(h ?? "")) }).toEqual({ id, href: [] });
    }
  });

  it("shows the reader a placeholder where a fetching payload of the corpus was an image or embedded content", () => {
    const fetching = corpus.payloads.filter((p) => p.fetches);
    expect(fetching.length).toBeGreaterThanOrEqual(10);
    for (const { id, payload, shows } of fetching.filter((p) => p.shows)) {
      expect({ id, text: render(payload).textContent }).toEqual({ id, text: shows });
    }
  });
});
