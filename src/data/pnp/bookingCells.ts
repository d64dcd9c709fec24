/**
 * One booking per person × task × week, against SharePoint. The rows already stored for cells are
 * read with one query per person and task (OirPerson and OirTask are indexed, so it is safe on a
 * list over the view threshold). A list provisioned with the unique OirBookingKey column lets
 * SharePoint itself refuse a second add of the same cell (SPDuplicateValuesFoundException); a list
 * made before that column is checked by reading after adding (see PnpBookingRepository).
 */
import type { SPFI } from "@pnp/sp";
import { isHttpRequestError, errorTextOf, toDataError } from "./errorText";
import { noResponse, sameFieldValue } from "./landed";
import { listByTitle } from "./reads";
import { BOOKING_EXPAND, BOOKING_SELECT, type SpBookingItem } from "../mappers/booking";
import { SharePointError } from "../errors";

/** The unique key column (schema.json): "<e-mail>|<KLIK id>|<Monday>". */
export const BOOKING_KEY_FIELD = "OirBookingKey";

/** SharePoint's code for a value a unique column (EnforceUniqueValues) already holds. */
const DUPLICATE_VALUES = /SPDuplicateValuesFoundException|^-2130575169\b/;

/** Whether SharePoint refused a write because a unique column already holds the value. */
export function isDuplicateValuesError(e: unknown): boolean {
  if (e instanceof SharePointError) return DUPLICATE_VALUES.test(e.serverCode);
  return isHttpRequestError(e) && DUPLICATE_VALUES.test(errorTextOf(e).code ?? "");
}

/** The props of an add (as bookingToItem writes them): OirPersonId, OirTaskId and OirWeek name its cell. */
export type CellProps = Readonly<Record<string, unknown>>;

function pairKey(props: CellProps): string {
  return `${Number(props.OirPersonId)}|${Number(props.OirTaskId)}`;
}

/** Reads the stored rows of the cells' person × task pairs (one query per pair, in parallel). */
export class CellRows {
  private readonly byPair = new Map<string, SpBookingItem[]>();

  private constructor() {}

  public static async read(sp: SPFI, listTitle: string, cells: readonly CellProps[]): Promise<CellRows> {
    const rows = new CellRows();
    const pairs = new Map<string, CellProps>();
    for (const c of cells) pairs.set(pairKey(c), c);
    await Promise.all(
      [...pairs].map(async ([key, c]) => {
        try {
          const items = await listByTitle(sp, listTitle)
            .items.select(...BOOKING_SELECT, "OirPersonId", "OirTaskId")
            .expand(...BOOKING_EXPAND)
            .filter(`OirTaskId eq ${Number(c.OirTaskId)} and OirPersonId eq ${Number(c.OirPersonId)}`)
            .top(5000)<SpBookingItem[]>();
          rows.byPair.set(key, items);
        } catch (e) {
          throw toDataError(noResponse(e, `GET ${listTitle}`), { listTitle });
        }
      })
    );
    return rows;
  }

  /** The cell's rows, the oldest (lowest id) first. */
  public of(cell: CellProps): SpBookingItem[] {
    return (this.byPair.get(pairKey(cell)) ?? []).filter((item) => sameFieldValue(cell.OirWeek, item.OirWeek)).sort((a, b) => a.Id - b.Id);
  }
}
