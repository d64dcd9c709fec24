import { klikDescriptionToHtml } from "../../../../src/domain";

describe("klikDescriptionToHtml", () => {
  it("turns exported bullets into a list, rejoining an item wrapped over a blank line", () => {
    expect(klikDescriptionToHtml(["<p>Intro</p> <ul style=\"list-style-type: none\"> • Første punkt fortsætter", "", "på næste linje", "- Andet", "• Tredje"])).toBe(
      "<p>Intro</p> <ul><li>Første punkt fortsætter på næste linje</li><li>Andet</li><li>Tredje</li></ul>"
    );
  });

  it("makes paragraphs of bare text, joining wrapped lines within a paragraph", () => {
    expect(klikDescriptionToHtml(["Bar tekst", "fortsat", "", "Nyt afsnit", "- punkt", "Efter listen"])).toBe(
      "<p>Bar tekst fortsat</p><p>Nyt afsnit</p><ul><li>punkt</li></ul><p>Efter listen</p>"
    );
  });

  it("keeps markup without bullets as exported, and is empty for nothing", () => {
    expect(klikDescriptionToHtml(["<p>Kun <b>html</b></p>"])).toBe("<p>Kun <b>html</b></p>");
    expect(klikDescriptionToHtml(["<p>A</p>", "", "<p>B</p>"])).toBe("<p>A</p><p>B</p>");
    expect(klikDescriptionToHtml(["", ""])).toBe("");
    expect(klikDescriptionToHtml([])).toBe("");
  });
});
