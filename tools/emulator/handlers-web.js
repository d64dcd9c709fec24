"use strict";
/** /_api/contextinfo (LibraryVersion of the emulated product, flavors.js), /_api/web, users (siteusers, currentuser, getuserbyid, ensureuser), permissions. */
const { errors } = require("./errors");
const { plainEntity, entityBody, collectionBody } = require("./serialize");
const { BASE_PERMISSIONS, permissionLevel, userProps, ensureUser, findUserByEmail, emailFromLogon } = require("./users");

const { issueDigest, DIGEST_TIMEOUT_SECONDS } = require("./digest");

function ok(body, status = 200, headers = {}) { return { status, headers, body }; }

function contextInfo(c) {
  const props = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(),
    LibraryVersion: c.emu.flavor.libraryVersion,
    SiteFullUrl: c.siteUrl,
    SupportedSchemaVersions: ["14.0.0.0", "15.0.0.0"],
    WebFullUrl: c.siteUrl
  };
  if (c.mode === "verbose") {
    props.SupportedSchemaVersions = { __metadata: { type: "Collection(Edm.String)" }, results: props.SupportedSchemaVersions };
    return ok({ d: { GetContextWebInformation: { __metadata: { type: "SP.ContextWebInformation" }, ...props } } });
  }
  return ok(c.mode === "minimalmetadata" ? { "odata.metadata": `${c.siteUrl}/_api/$metadata#SP.ContextWebInformation`, ...props } : props);
}

function webProps(c) {
  const site = c.site;
  return {
    AllowRssFeeds: true, Created: "2026-01-05T08:00:00Z", Description: "", Id: site.id, IsMultilingual: false,
    Language: 1030, LastItemModifiedDate: site.lists.reduce((m, l) => (l.lastItemModified > m ? l.lastItemModified : m), "2026-01-05T08:00:00Z"),
    ServerRelativeUrl: site.path, Title: site.title, Url: c.siteUrl, WebTemplate: c.emu.flavor.webTemplate, UIVersion: 15
  };
}

function userEntity(c, user) {
  return plainEntity(userProps(user), {
    type: "SP.User", id: `${c.siteUrl}/_api/Web/GetUserById(${user.Id})`, editLink: `Web/GetUserById(${user.Id})`
  }, c.mode, c.query.get("$select"));
}

function permissionsBody(c, level) {
  const perms = BASE_PERMISSIONS[level] || BASE_PERMISSIONS.none;
  if (c.mode === "verbose") return ok({ d: { EffectiveBasePermissions: { __metadata: { type: "SP.BasePermissions" }, ...perms } } });
  if (c.mode === "minimalmetadata") return ok({ "odata.metadata": `${c.siteUrl}/_api/$metadata#SP.ApiData.BasePermissions`, ...perms });
  return ok({ ...perms });
}

/** Handle /_api/web/… segments that are not lists. `rest` = segments after "web". */
function handleWeb(c, rest) {
  const [first, second] = rest;
  if (!first) {
    if (c.method !== "GET") throw errors.methodNotAllowed(c.method, "web");
    return ok(entityBody(plainEntity(webProps(c), { type: "SP.Web", id: `${c.siteUrl}/_api/Web`, editLink: "Web" }, c.mode, c.query.get("$select")), c.mode, `${c.siteUrl}/_api/$metadata#SP.ApiData.Webs/@Element`));
  }
  switch (first.lower) {
    case "title":
      return ok(entityBody({ value: c.site.title }, c.mode));
    case "currentuser": {
      const user = findUserByEmail(c.site, c.userEmail);
      if (!user) throw errors.accessDenied();
      return ok(entityBody(userEntity(c, user), c.mode, `${c.siteUrl}/_api/$metadata#SP.ApiData.Users/@Element`));
    }
    case "siteusers": {
      if (second) {
        let user;
        if (second.lower === "getbyemail") user = findUserByEmail(c.site, second.arg);
        else if (second.lower === "getbyid") user = c.site.users.find((u) => u.Id === second.arg);
        else if (second.lower === "getbyloginname") user = findUserByEmail(c.site, emailFromLogon(second.arg));
        else throw errors.notFound(`web/siteusers/${second.name}`);
        if (!user) throw errors.userMissing();
        return ok(entityBody(userEntity(c, user), c.mode));
      }
      const users = c.site.users.map((u) => userEntity(c, u));
      return ok(collectionBody(users, c.mode, { metadataUrl: `${c.siteUrl}/_api/$metadata#SP.ApiData.Users` }));
    }
    case "getuserbyid": {
      const user = c.site.users.find((u) => u.Id === first.arg);
      if (!user) throw errors.userMissing();
      return ok(entityBody(userEntity(c, user), c.mode));
    }
    case "ensureuser": {
      if (c.method !== "POST") throw errors.methodNotAllowed(c.method, "ensureuser");
      const body = c.json() || {};
      const logon = first.arg !== undefined ? first.arg : body.logonName;
      const user = ensureUser(c.site, c.emu.state.directory, logon);
      c.changed();
      return ok(entityBody(userEntity(c, user), c.mode));
    }
    case "effectivebasepermissions":
      return permissionsBody(c, permissionLevel(c.site, c.userEmail));
    case "getusereffectivepermissions":
      return permissionsBody(c, permissionLevel(c.site, emailFromLogon(first.arg)));
    case "regionalsettings":
      if (second && second.lower === "timezone") {
        return ok(entityBody(plainEntity({
          Description: "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", Id: 3,
          Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 }
        }, { type: "SP.TimeZone", id: `${c.siteUrl}/_api/web/RegionalSettings/TimeZone`, editLink: "web/RegionalSettings/TimeZone" }, c.mode), c.mode));
      }
      return ok(entityBody(plainEntity({ LocaleId: 1030, TimeZoneId: 3, Time24: true, FirstDayOfWeek: 1 },
        { type: "SP.RegionalSettings", id: `${c.siteUrl}/_api/web/RegionalSettings`, editLink: "web/RegionalSettings" }, c.mode), c.mode));
    default:
      throw errors.notFound(`web/${first.name}`);
  }
}

module.exports = { contextInfo, handleWeb, permissionsBody };
