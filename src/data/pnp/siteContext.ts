/**
 * What the repositories of one site share: the SPFI, list titles, site user ids by e-mail
 * (persons are written as ids) and the local plan's item id ↔ master id index (bookings and
 * attendance point to local Planer rows, the domain points to master ids).
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/site-users/web";
import type { Person } from "../../domain/model";
import type { ListTitles } from "../listTitles";
import type { PendingWriteQueue } from "../pending/pendingQueue";
import type { BatchOptions } from "./writes";
import { toDataError } from "./errorText";
import { DisplayNames, readAllItems } from "./reads";

export class PersonIds {
  private readonly byEmail = new Map<string, number>();

  public constructor(private readonly sp: SPFI) {}

  /** Remembers ids seen on read, so writing a person read from a list costs no request. */
  public remember(person: Person | undefined): void {
    if (person?.id !== undefined && person.email) this.byEmail.set(person.email.toLowerCase(), person.id);
  }

  /** The site user id of a person: known, or ensured on the site by e-mail (ensureUser). */
  public async idOf(person: Person): Promise<number> {
    if (person.id !== undefined) return person.id;
    const key = person.email.toLowerCase();
    const known = this.byEmail.get(key);
    if (known !== undefined) return known;
    try {
      const user = await this.sp.web.ensureUser(person.email);
      this.byEmail.set(key, user.Id);
      return user.Id;
    } catch (e) {
      throw toDataError(e, { what: `The person ${person.email}` });
    }
  }

  /** Resolves several persons (sequentially: ensureUser is rarely needed and cheap to cache). */
  public async resolveAll(persons: (Person | undefined)[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const p of persons) {
      if (p) ids.set(p.email.toLowerCase(), await this.idOf(p));
    }
    return ids;
  }
}

interface TaskIndexItem {
  Id: number;
  OirMasterId?: number | null;
  OirCode?: string | null;
}

/** The local Planer's rows by item id and by master id, loaded once (ids and codes only) and refreshed on a miss. */
export class LocalTaskIndex {
  private masterIdByItemId = new Map<number, number>();
  private itemByMasterId = new Map<number, { itemId: number; code: string }>();
  private loaded?: Promise<void>;
  /** A full read of the list on its way (fillWhenRead). */
  private reading?: Promise<readonly TaskIndexItem[]>;

  public constructor(
    private readonly sp: SPFI,
    private readonly listTitle: string,
    private readonly displayNames?: DisplayNames
  ) {}

  /** Replaces the index with rows just read in full (saves a request after getRows). */
  public fill(items: readonly TaskIndexItem[]): void {
    this.masterIdByItemId = new Map();
    this.itemByMasterId = new Map();
    for (const item of items) {
      if (typeof item.OirMasterId !== "number") continue;
      this.masterIdByItemId.set(item.Id, item.OirMasterId);
      this.itemByMasterId.set(item.OirMasterId, { itemId: item.Id, code: item.OirCode ?? "" });
    }
    this.loaded = Promise.resolve();
  }

  /**
   * The list is being read in full (getRows): until that read answers, the index waits for it
   * rather than reading the list a second time (a page load reads bookings and attendance, which
   * need the index, while the rows are on their way). If that read fails, the index reads itself
   * when asked (getRows' caller gets the read's error).
   */
  public fillWhenRead(reading: Promise<readonly TaskIndexItem[]>): void {
    if (this.loaded) return; // the index has rows already; fill() replaces them when this read answers
    this.reading = reading;
    const forget = (): void => {
      if (this.reading === reading) this.reading = undefined;
    };
    reading.then(forget, forget);
  }

  public async masterIds(): Promise<ReadonlyMap<number, number>> {
    await this.ensureLoaded();
    return this.masterIdByItemId;
  }

  /** The local row of a master id; reloads once when it is not known (a row added elsewhere). */
  public async itemOf(masterId: number): Promise<{ itemId: number; code: string }> {
    await this.ensureLoaded();
    let found = this.itemByMasterId.get(masterId);
    if (!found) {
      await this.reload();
      found = this.itemByMasterId.get(masterId);
    }
    if (!found) throw new RangeError(`The plan "${this.listTitle}" has no row for task ${masterId}`);
    return found;
  }

  /** Item ids by master id (for writing lookups). */
  public async itemIds(): Promise<ReadonlyMap<number, number>> {
    await this.ensureLoaded();
    return new Map([...this.itemByMasterId].map(([masterId, v]) => [masterId, v.itemId]));
  }

  private ensureLoaded(): Promise<void> {
    if (!this.loaded) {
      const reading = this.reading;
      this.loaded = reading ? reading.then((items) => this.fill(items), () => this.reload()) : this.reload();
    }
    return this.loaded;
  }

  private async reload(): Promise<void> {
    const load = readAllItems<TaskIndexItem>(this.sp, this.listTitle, ["Id", "OirMasterId", "OirCode"], [], this.displayNames).then((items) =>
      this.fill(items)
    );
    this.loaded = load;
    try {
      await load;
    } catch (e) {
      this.loaded = undefined;
      throw e;
    }
  }
}

/** Everything a repository of the municipality's site needs. */
export interface SiteContext {
  sp: SPFI;
  titles: ListTitles;
  people: PersonIds;
  tasks: LocalTaskIndex;
  pending: PendingWriteQueue;
  displayNames?: DisplayNames;
  batch?: BatchOptions;
}
