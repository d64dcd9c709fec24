/**
 * lazyComponent: the on-demand chunks behind the task panel and the working group's add form.
 * A chunk that fails to load (a dropped connection, a farm that lost the file) shows an error
 * with "Prøv igen", and the retry loads it; a loaded chunk renders at once on the next mount.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazyComponent } from "../../../src/ui/common/lazyComponent";

function Greeting({ name }: { name: string }): JSX.Element {
  return <p>Hej {name}</p>;
}

test("renders nothing until the chunk has loaded, then the component with its props", async () => {
  let resolve!: (c: typeof Greeting) => void;
  const { Lazy } = lazyComponent<{ name: string }>(() => new Promise((_resolve) => (resolve = _resolve)));
  const { container } = render(<Lazy name="Sofie" />);
  expect(container.innerHTML).toBe("");
  resolve(Greeting);
  expect((await screen.findByText("Hej Sofie")).tagName).toBe("P");
});

test("a failed load shows the error with Prøv igen; the retry loads the chunk again", async () => {
  const attempts: number[] = [];
  const { Lazy } = lazyComponent<{ name: string }>(() => {
    attempts.push(attempts.length + 1);
    return attempts.length === 1 ? Promise.reject(new TypeError("Failed to fetch dynamically imported module")) : Promise.resolve(Greeting);
  });
  render(<Lazy name="Jonas" />);
  const retry = await screen.findByRole("button", { name: "Prøv igen" });
  await userEvent.click(retry);
  expect((await screen.findByText("Hej Jonas")).tagName).toBe("P");
  expect(screen.queryByRole("button", { name: "Prøv igen" })).toBeNull();
  expect(attempts).toEqual([1, 2]);
});

test("load() fetches the chunk once; a later mount renders it in the first render", async () => {
  let calls = 0;
  const chunk = lazyComponent<{ name: string }>(() => {
    calls += 1;
    return Promise.resolve(Greeting);
  });
  await Promise.all([chunk.load(), chunk.load()]);
  render(<chunk.Lazy name="Ida" />);
  expect(screen.getByText("Hej Ida").tagName).toBe("P");
  expect(calls).toBe(1);
});
