/** Site users of the municipality's site: the signed-in user and the people picker's source. */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/site-users/web";
import type { Person } from "../../domain/model";
import type { PeopleDirectory } from "../repositories";
import { toDataError } from "./errorText";

interface SpUser {
  Id: number;
  Title?: string;
  Email?: string;
  PrincipalType?: number;
}

/** PrincipalType 1 = a user (not a group or a claim). */
const USER = 1;

export class PnpPeopleDirectory implements PeopleDirectory {
  private users?: Promise<Person[]>;

  public constructor(private readonly sp: SPFI) {}

  public async currentUser(): Promise<Person> {
    try {
      const u = (await this.sp.web.currentUser.select("Id", "Title", "Email")()) as SpUser;
      return { id: u.Id, email: u.Email ?? "", displayName: u.Title ?? "" };
    } catch (e) {
      throw toDataError(e, { what: "The current user" });
    }
  }

  /**
   * Site users matching the text in name or e-mail. The site's users are read once per page
   * (they are few) and filtered here, which works the same in SharePoint and in the emulator.
   */
  public async search(text: string, max = 10): Promise<Person[]> {
    const needle = text.trim().toLocaleLowerCase("da-DK");
    const users = await this.loadUsers();
    return users
      .filter((p) => needle === "" || p.displayName.toLocaleLowerCase("da-DK").includes(needle) || p.email.toLocaleLowerCase("da-DK").includes(needle))
      .slice(0, max);
  }

  private loadUsers(): Promise<Person[]> {
    if (!this.users) {
      this.users = (this.sp.web.siteUsers.select("Id", "Title", "Email", "PrincipalType")() as Promise<SpUser[]>).then(
        (list) =>
          list
            .filter((u) => (u.PrincipalType ?? USER) === USER && !!u.Email)
            .map((u) => ({ id: u.Id, email: u.Email ?? "", displayName: u.Title ?? "" }))
            .sort((a, b) => a.displayName.localeCompare(b.displayName, "da-DK")),
        (e: unknown) => {
          this.users = undefined;
          throw toDataError(e, { what: "The site's users" });
        }
      );
    }
    return this.users;
  }
}
