/**
 * The site addresses typed into the property pane: empty (this site), an absolute https URL in
 * the same tenant, or a server-relative path such as /sites/kombit-plan. Pure functions, so the
 * rules are the same in the pane's validation and when the repositories are built.
 */

/** Why a typed site address is refused. */
export type SiteUrlProblem = "format" | "notHttps" | "otherTenant";

const SERVER_RELATIVE_SITE = /^\/(sites|teams)\/[^/?#]+(\/[^?#]*)?$/i;

/** Returns what is wrong with the address, or undefined when it can be used. */
export function checkSiteUrl(value: string, tenantOrigin: string): SiteUrlProblem | undefined {
  const text = value.trim();
  if (text === "") return undefined;
  if (text.startsWith("/")) return SERVER_RELATIVE_SITE.test(text) ? undefined : "format";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "format";
  }
  if (url.protocol !== "https:") return url.protocol === "http:" ? "notHttps" : "format";
  if (url.origin.toLowerCase() !== tenantOrigin.toLowerCase()) return "otherTenant";
  return undefined;
}

/**
 * The absolute URL of the site to talk to: the current web for an empty value, the tenant origin
 * plus the path for a server-relative value. Call only with a value checkSiteUrl accepts.
 */
export function resolveSiteUrl(value: string, currentWebUrl: string, tenantOrigin: string): string {
  const text = value.trim();
  const absolute = text === "" ? currentWebUrl : text.startsWith("/") ? tenantOrigin + text : text;
  return absolute.replace(/\/+$/, "");
}
