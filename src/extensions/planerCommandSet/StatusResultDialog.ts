/**
 * The result of "Markér som påbegyndt/fuldført": how many tasks were saved, and each task that
 * was not, with the reason. Plain DOM with text nodes (task titles come from the list and are
 * never parsed as HTML), a labelled dialog and an OK button that takes the focus.
 */
import { BaseDialog } from "@microsoft/sp-dialog";

export interface StatusResultContent {
  /** e.g. "Status er gemt på 2 af 3 opgaver. Disse opgaver blev ikke gemt:" */
  summary: string;
  /** One line per task that was not saved: "PL 12: opgaven er ændret af en anden …". */
  failures: string[];
  /** Shown last, e.g. that the page reloads. */
  note?: string;
  okLabel: string;
}

let dialogCount = 0;

export class StatusResultDialog extends BaseDialog {
  private readonly content: StatusResultContent;

  public constructor(content: StatusResultContent) {
    super({ isBlocking: false });
    this.content = content;
  }

  protected render(): void {
    const id = `oir-status-result-${++dialogCount}`;
    const root = document.createElement("div");
    root.setAttribute("role", "alertdialog");
    root.setAttribute("aria-labelledby", id);
    root.style.padding = "24px";
    root.style.maxWidth = "560px";
    root.style.fontFamily = "inherit";

    const summary = document.createElement("p");
    summary.id = id;
    summary.style.margin = "0 0 12px";
    summary.style.fontSize = "16px";
    summary.textContent = this.content.summary;
    root.appendChild(summary);

    if (this.content.failures.length > 0) {
      const list = document.createElement("ul");
      list.style.margin = "0 0 12px";
      list.style.paddingLeft = "20px";
      for (const failure of this.content.failures) {
        const item = document.createElement("li");
        item.textContent = failure;
        list.appendChild(item);
      }
      root.appendChild(list);
    }

    if (this.content.note) {
      const note = document.createElement("p");
      note.style.margin = "0 0 16px";
      note.textContent = this.content.note;
      root.appendChild(note);
    }

    const ok = document.createElement("button");
    ok.type = "button";
    ok.textContent = this.content.okLabel;
    ok.className = "ms-Button ms-Button--primary";
    ok.style.minWidth = "80px";
    ok.style.padding = "6px 16px";
    ok.addEventListener("click", () => {
      this.close().catch((error: unknown) => console.error(error));
    });
    root.appendChild(ok);

    this.domElement.replaceChildren(root);
    ok.focus();
  }
}
