import type { InterfaceLanguage } from "@homecoming/domain";
import type { Db } from "../../db/client";
import { port } from "../../port";

/**
 * What the community needs of returnees' portal accounts: the account that holds a record (to trust its
 * returnee on the board) and the numbers of some accounts with their owners' languages (an event's organiser
 * calls who registered; a cancelled event is told to them by text message). The
 * accounts module provides it when it is loaded (accounts/service.ts), because it gathers what the community
 * holds about a returnee into their copy of their data, and not the other way round.
 */
export interface PortalAccounts {
  accountOfPerson(db: Db, personId: string): Promise<{ id: string } | undefined>;
  contactsOf(
    db: Db,
    accountIds: string[],
  ): Promise<Map<string, { phone: string; language: InterfaceLanguage }>>;
  personsOf(db: Db, accountIds: string[]): Promise<Map<string, string>>;
}

const accounts = port<PortalAccounts>("returnees' portal accounts");
export const providePortalAccounts = accounts.provide;
export const portalAccounts = accounts.get;
