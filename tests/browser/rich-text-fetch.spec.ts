/**
 * Issue 16, defect 6: a KLIK description must not make the reader's browser contact any server
 * when the task panel opens. PL 12's description in KOMBIT's Planer list names a small HTTP
 * server of the test's own (127.0.0.1, its own port) in every way HTML can fetch on render —
 * img src, srcset, picture/source, video poster, table background, style url(), SVG image,
 * <link> — plus a link with rel=prefetch. The server counts every request and every connection:
 * after the panel has shown the description and the reader has hovered and focused the link,
 * both counts must be 0. The page then fetches from the server itself, to prove the count works.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import * as http from "http";
import type { AddressInfo } from "net";
import { demoUrl, emulatorUrl, listItems, readLocalTask, resetEmulator, updateItem } from "./support/journeyEmulator";

const KOMBIT_SITE = "sites/kombit-ky";
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

interface PixelServer {
  origin: string;
  hits: string[];
  connections: number;
  close(): Promise<void>;
}

/** A server that answers a 1×1 GIF (or empty CSS) to anything and remembers who asked. */
async function startPixelServer(): Promise<PixelServer> {
  const hits: string[] = [];
  const state = { connections: 0 };
  const server = http.createServer((req, res) => {
    hits.push(`${req.method ?? "?"} ${req.url ?? ""}`);
    const css = (req.url ?? "").endsWith(".css");
    res.writeHead(200, { "Content-Type": css ? "text/css" : "image/gif", "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" });
    res.end(css ? "" : PIXEL);
  });
  server.on("connection", () => (state.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      })
  };
}

/** Every way a description could make the browser fetch from `origin` as soon as it is shown. */
function hostileDescription(origin: string): string {
  return [
    `<p>Før billedet <img src="${origin}/pixel.gif"> efter billedet.</p>`,
    `<p><img srcset="${origin}/srcset-1x.gif 1x, ${origin}/srcset-2x.gif 2x" alt="Organisationsdiagram"></p>`,
    `<div style="background:url(${origin}/style-url.gif)">Baggrund med url()</div>`,
    `<p style="background-image:url('${origin}/style-url-2.gif')">Endnu en baggrund</p>`,
    `<picture><source srcset="${origin}/picture-source.gif"><img src="${origin}/picture-img.gif"></picture>`,
    `<video poster="${origin}/poster.gif"><track src="${origin}/track.vtt"></video>`,
    `<table background="${origin}/table.gif"><tbody><tr><td background="${origin}/td.gif">Celle</td></tr></tbody></table>`,
    `<svg width="10" height="10"><image href="${origin}/svg-image.gif" width="10" height="10"></image></svg>`,
    `<link rel="stylesheet" href="${origin}/link.css">`,
    `<p><a href="${origin}/laes-mere" rel="prefetch prerender">Læs mere hos KOMBIT</a></p>`
  ].join("");
}

/** PL 12's description as KOMBIT's plan admin writes it, and as the municipality's copy holds it after "Opdatér fra KOMBIT". */
async function setPl12Description(request: APIRequestContext, html: string): Promise<void> {
  const [master] = await listItems<{ Id: number }>(request, "Planer", "$filter=OirMasterId eq 519&$select=Id", KOMBIT_SITE);
  const response = await request.post(`${emulatorUrl()}/${KOMBIT_SITE}/_api/web/lists/getbytitle('Planer')/items(${master.Id})`, {
    headers: {
      Accept: "application/json;odata=nometadata",
      "Content-Type": "application/json;odata=nometadata",
      "X-HTTP-Method": "MERGE",
      "If-Match": "*",
      Authorization: "Bearer browser-test",
      "X-Emulator-User": "planadmin@kombit.example"
    },
    data: { OirDescription: html }
  });
  expect(response.status(), await response.text()).toBe(204);
  const local = await readLocalTask(request, 519);
  await updateItem(request, "Planer", local.Id, { OirDescription: html });
}

async function openPl12(page: Page): Promise<ReturnType<Page["getByRole"]>> {
  await page.goto(demoUrl());
  await page.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("button", { name: /^PL 12 / }).click();
  const panel = page.getByRole("dialog", { name: /^PL 12 / });
  await expect(panel.getByRole("heading", { name: /^PL 12 / })).toBeVisible();
  return panel;
}

let pixels: PixelServer;

test.beforeEach(async ({ request }) => {
  pixels = await startPixelServer();
  await resetEmulator(request);
});
test.afterEach(async ({ request }) => {
  await pixels.close();
  await resetEmulator(request);
});

test("opening a task whose description holds remote images, srcset and style url() makes no request to that server", async ({ page, request }) => {
  await setPl12Description(request, hostileDescription(pixels.origin));
  const seenByBrowser: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith(pixels.origin)) seenByBrowser.push(r.url());
  });

  const panel = await openPl12(page);
  const description = panel.getByRole("heading", { name: "Beskrivelse" }).locator("xpath=following-sibling::div[1]");
  await expect(description).toContainText("Før billedet");
  // The reader reads on and points at the link (hover, focus): that is no reason to fetch it.
  const link = description.getByRole("link", { name: "Læs mere hos KOMBIT" });
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  await link.focus();
  // Give a late image or CSS fetch the time it would take on this machine.
  await page.waitForTimeout(1500);
  expect(seenByBrowser).toEqual([]);
  expect(pixels.hits).toEqual([]);
  expect(pixels.connections).toBe(0);

  // Nothing in the description can still fetch later: no element or attribute that would.
  const fetching = await description.evaluate((el) =>
    Array.from(el.querySelectorAll("img, picture, source, video, audio, track, iframe, object, embed, link, meta, base, svg, form, [style], [background], [srcset], [poster]")).map((e) =>
      e.outerHTML.slice(0, 120)
    )
  );
  expect(fetching).toEqual([]);

  // The link stays, safe to follow: a new tab, no opener, no Referer.
  await expect(link).toHaveAttribute("href", `${pixels.origin}/laes-mere`);
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(link).toHaveAttribute("target", "_blank");
  // The reader sees where images and embedded content were left out, and the text around them.
  await expect(description).toContainText("Før billedet [billede fjernet] efter billedet.");
  await expect(description).toContainText("[billede fjernet: Organisationsdiagram]");
  await expect(description).toContainText("[indhold fjernet]");
  await expect(description).toContainText("Baggrund med url()");
  await expect(description).toContainText("Celle");

  // The count works: the same page reaching the server is seen.
  await page.evaluate(async (url) => {
    await fetch(url, { mode: "no-cors" });
  }, `${pixels.origin}/control.gif`);
  expect(pixels.hits).toEqual(["GET /control.gif"]);
});
