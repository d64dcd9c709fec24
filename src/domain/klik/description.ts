/**
 * KLIK's PDF export flattens the description's HTML: the list after a `<ul>` arrives as "• …"
 * and "- …" text lines, items wrap over blank lines, and closing paragraphs are bare text.
 * This rebuilds HTML from it: the leading markup is kept as exported (still untrusted: the UI
 * sanitizes), bullets become `<li>` items, wrapped lowercase lines rejoin their item, and other
 * text becomes paragraphs.
 */

const BULLET = /^[•\-–*]\s+(.*)$/;
const INLINE_BULLET = /\s*•\s+/;
/** An opening list tag at the end of the markup, left open by the export. */
const DANGLING_LIST = /<(ul|ol)\b[^>]*>\s*$/i;

type Block = { kind: "item"; text: string } | { kind: "paragraph"; text: string } | { kind: "markup"; text: string };

function startsLowercase(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLocaleUpperCase("da") && c === c.toLocaleLowerCase("da");
}

/** Splits the exported description lines into markup, list items and paragraphs. */
function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const [first, ...rest] = lines.map((l) => l.trim());
  const [markup, ...inlineItems] = (first ?? "").split(INLINE_BULLET);
  // Markup is kept as exported; a description that starts as bare text is a paragraph.
  if (markup !== "") blocks.push({ kind: markup.startsWith("<") ? "markup" : "paragraph", text: markup });
  for (const item of inlineItems) blocks.push({ kind: "item", text: item.trim() });
  let afterBlank = false;
  for (const line of rest) {
    if (line === "") {
      afterBlank = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    const bullet = BULLET.exec(line);
    if (bullet) blocks.push({ kind: "item", text: bullet[1].trim() });
    else if (line.startsWith("<")) blocks.push({ kind: "markup", text: line });
    else if (last && last.kind === "item" && startsLowercase(line)) last.text += ` ${line}`;
    else if (last && last.kind === "paragraph" && !afterBlank) last.text += ` ${line}`;
    else blocks.push({ kind: "paragraph", text: line });
    afterBlank = false;
  }
  return blocks;
}

/** HTML of a KLIK description as the PDF export gives it (lines from after "Beskrivelse<TAB>"). */
export function klikDescriptionToHtml(lines: readonly string[]): string {
  const blocks = toBlocks(lines);
  let html = "";
  let inList = false;
  blocks.forEach((block, i) => {
    if (block.kind === "item") {
      if (!inList) html += "<ul>";
      html += `<li>${block.text}</li>`;
      inList = true;
      return;
    }
    if (inList) html += "</ul>";
    inList = false;
    if (block.kind === "paragraph") {
      html += `<p>${block.text}</p>`;
      return;
    }
    // Our own <ul> replaces a list tag the export left open (its style hid the bullets).
    const next = blocks[i + 1];
    html += next && next.kind === "item" ? block.text.replace(DANGLING_LIST, "").trimEnd() + " " : block.text;
  });
  if (inList) html += "</ul>";
  return html.trim();
}
