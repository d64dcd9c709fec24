"use strict";
/**
 * Site users, the current user and permissions. Each site has its own user ids (as in
 * SharePoint, where the same person has different ids on different sites). Permission levels:
 * "full" (owner), "edit" (SharePoint's Edit level: edit items and manage lists), "read".
 */
const { errors, SpError, CODES } = require("./errors");

const BASE_PERMISSIONS = {
  full: { High: "2147483647", Low: "4294967295" },
  edit: { High: "432", Low: "1011030767" },
  read: { High: "176", Low: "138612833" },
  none: { High: "0", Low: "0" }
};
const EDIT_LIST_ITEMS = 0x4;

function loginName(email) { return `i:0#.f|membership|${email.toLowerCase()}`; }

function addSiteUser(site, person, id) {
  const email = person.email.toLowerCase();
  const existing = site.users.find((u) => u.Email.toLowerCase() === email);
  if (existing) return existing;
  const user = {
    Id: id || site.nextUserId,
    Title: person.displayName || email,
    Email: person.email,
    LoginName: loginName(person.email),
    UserPrincipalName: person.email,
    IsSiteAdmin: false,
    JobTitle: person.jobTitle || null,
    Department: person.department || null
  };
  site.nextUserId = Math.max(site.nextUserId, user.Id + 1);
  site.users.push(user);
  site.users.sort((a, b) => a.Id - b.Id);
  return user;
}

function findUserByEmail(site, email) {
  const e = String(email || "").toLowerCase();
  return site.users.find((u) => u.Email.toLowerCase() === e);
}

/** Accepts an e-mail or a claims login name ("i:0#.f|membership|x@y"). */
function emailFromLogon(logonName) {
  const s = String(logonName || "");
  const bar = s.lastIndexOf("|");
  return (bar >= 0 ? s.slice(bar + 1) : s).trim();
}

function permissionLevel(site, email) {
  return site.permissions[String(email).toLowerCase()] || "none";
}

function canEdit(site, email) {
  const level = permissionLevel(site, email);
  return level === "edit" || level === "full";
}

function requireRead(site, email) {
  if (permissionLevel(site, email) === "none") throw errors.accessDenied();
}

function requireEdit(site, email) {
  if (!canEdit(site, email)) throw errors.accessDenied();
}

/** SP.User entity properties. */
function userProps(user) {
  return {
    Id: user.Id,
    IsHiddenInUI: false,
    LoginName: user.LoginName,
    Title: user.Title,
    PrincipalType: 1,
    Email: user.Email,
    Expiration: "",
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: user.IsSiteAdmin,
    UserId: { NameId: user.Email.toLowerCase(), NameIdIssuer: "urn:federation:microsoftonline" },
    UserPrincipalName: user.UserPrincipalName
  };
}

/** Resolve ensureuser: the person must exist in the tenant directory. */
function ensureUser(site, directory, logonName) {
  const email = emailFromLogon(logonName);
  const known = findUserByEmail(site, email);
  if (known) return known;
  const person = directory.find((p) => p.email.toLowerCase() === email.toLowerCase());
  if (!person) throw new SpError(400, CODES.userMissing, `The specified user ${logonName} could not be found.`);
  return addSiteUser(site, person);
}

module.exports = {
  BASE_PERMISSIONS, EDIT_LIST_ITEMS, addSiteUser, findUserByEmail, emailFromLogon, permissionLevel, canEdit,
  requireRead, requireEdit, userProps, ensureUser, loginName
};
