/**
 * One in-memory "list": items with ids and versions, the same ETag rules as SharePoint
 * (If-Match must equal the current `"version"`, else ConflictError with mine and theirs) and
 * AccessDeniedError when the user may not edit. Values are copied in and out, never shared.
 */
import { AccessDeniedError, ConflictError, NotFoundError } from "../errors";
import type { ItemRef, Stored } from "../repositories";

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export class MemoryTable<T> {
  private readonly items = new Map<number, { value: T; version: number }>();
  private nextId = 1;

  public constructor(
    public readonly title: string,
    private readonly canEditNow: () => boolean
  ) {}

  public static etagOf(version: number): string {
    return `"${version}"`;
  }

  public all(): Stored<T>[] {
    return [...this.items].map(([itemId, { value, version }]) => ({ itemId, etag: MemoryTable.etagOf(version), value: copy(value) }));
  }

  public get(itemId: number): Stored<T> | undefined {
    const found = this.items.get(itemId);
    return found && { itemId, etag: MemoryTable.etagOf(found.version), value: copy(found.value) };
  }

  public add(value: T): Stored<T> {
    this.assertCanEdit();
    return this.seed(value);
  }

  /** Adds without a permission check (building the initial data). */
  public seed(value: T): Stored<T> {
    const itemId = this.nextId++;
    this.items.set(itemId, { value: copy(value), version: 1 });
    return { itemId, etag: MemoryTable.etagOf(1), value: copy(value) };
  }

  /** Replaces the value if the ETag is current; `mine` is what the conflict reports as ours. */
  public update<M>(ref: ItemRef, next: (current: T) => T, mine: M, theirs: (current: T) => unknown = (c): unknown => c): string {
    this.assertCanEdit();
    return this.updateAsMaintainer(ref, next, mine, theirs);
  }

  /**
   * The same, without the table's own permission check: a read-only table (KOMBIT's Planer) is
   * written by its maintainer, who checks the rights itself.
   */
  public updateAsMaintainer<M>(ref: ItemRef, next: (current: T) => T, mine: M, theirs: (current: T) => unknown = (c): unknown => c): string {
    const found = this.items.get(ref.itemId);
    if (!found) throw new NotFoundError(`Item ${ref.itemId} of "${this.title}"`, { status: 404 });
    this.assertEtag(ref, found, mine, theirs);
    found.value = copy(next(copy(found.value)));
    found.version++;
    return MemoryTable.etagOf(found.version);
  }

  public remove(ref: ItemRef): void {
    this.assertCanEdit();
    const found = this.items.get(ref.itemId);
    if (!found) throw new NotFoundError(`Item ${ref.itemId} of "${this.title}"`, { status: 404 });
    this.assertEtag(ref, found, { deleted: true }, (c) => c);
    this.items.delete(ref.itemId);
  }

  /** Someone else edits the item (as in the SharePoint list itself): a new version. */
  public editAsSomeoneElse(itemId: number, next: (current: T) => T): string {
    const found = this.items.get(itemId);
    if (!found) throw new NotFoundError(`Item ${itemId} of "${this.title}"`, { status: 404 });
    found.value = copy(next(copy(found.value)));
    found.version++;
    return MemoryTable.etagOf(found.version);
  }

  private assertEtag<M>(ref: ItemRef, found: { value: T; version: number }, mine: M, theirs: (current: T) => unknown): void {
    const current = MemoryTable.etagOf(found.version);
    if (ref.etag !== current) {
      throw new ConflictError(ref.itemId, mine, { value: copy(theirs(found.value)), etag: current }, {
        status: 412,
        serverMessage: "The version of the item does not match the version on the server."
      });
    }
  }

  private assertCanEdit(): void {
    if (!this.canEditNow()) {
      throw new AccessDeniedError({ status: 403, serverMessage: "Access denied. You do not have permission to perform this action or access this resource." });
    }
  }
}
