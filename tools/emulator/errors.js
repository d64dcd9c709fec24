"use strict";
/**
 * SharePoint's REST errors. Every failure the emulator reports is an SpError, rendered as
 * SharePoint Online renders it: `{"odata.error":{code,message:{lang,value}}}` for JSON light and
 * `{"error":{...}}` for odata=verbose.
 */

class SpError extends Error {
  /**
   * @param {number} status HTTP status
   * @param {string} code SharePoint's "<hresult>, <exception type>" code
   * @param {string} message SharePoint's English message
   * @param {Record<string,string>} [headers] extra response headers
   */
  constructor(status, code, message, headers) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers || {};
  }
}

const CODES = {
  invalidQuery: "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
  argument: "-1, System.ArgumentException",
  columnMissing: "-2146232832, Microsoft.SharePoint.SPException",
  fieldMissing: "-2147024809, System.ArgumentException",
  itemMissing: "-2130575338, System.ArgumentException",
  // Captured from SharePoint Online: the REST layer checks If-Match before the object model does.
  etagMismatch: "-1, Microsoft.SharePoint.Client.ClientServiceException",
  accessDenied: "-2147024891, System.UnauthorizedAccessException",
  throttled: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
  userMissing: "-2146232832, Microsoft.SharePoint.SPException",
  notSupported: "-1, Microsoft.SharePoint.Client.ResourceNotFoundException",
  listExists: "-2130575342, Microsoft.SharePoint.SPException",
  tooManyRequests: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException"
};

const errors = {
  unknownProperty: (name, typeName) =>
    new SpError(400, CODES.invalidQuery,
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`),
  unknownColumn: (name) =>
    new SpError(400, CODES.columnMissing, `Column '${name}' does not exist. It may have been deleted by another user.`),
  unknownEntityProperty: (name) =>
    new SpError(400, CODES.invalidQuery, `The field or property '${name}' does not exist.`),
  needsExpand: (path, field) =>
    new SpError(400, CODES.argument,
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`),
  badExpression: (text) =>
    new SpError(400, CODES.invalidQuery, `The expression "${text}" is not valid.`),
  syntax: (detail) => new SpError(400, CODES.invalidQuery, detail),
  wrongType: (edmType) =>
    new SpError(400, CODES.invalidQuery,
      `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`),
  expectedArray: () =>
    new SpError(400, CODES.invalidQuery,
      "An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected."),
  listMissing: (title, webUrl) =>
    new SpError(404, CODES.argument, `List '${title}' does not exist at site with URL '${webUrl}'.`),
  fieldMissing: (name) =>
    new SpError(400, CODES.fieldMissing, `Column '${name}' does not exist. It may have been deleted by another user.`),
  itemMissing: () =>
    new SpError(404, CODES.itemMissing, "Item does not exist. It may have been deleted by another user."),
  etagMismatch: (requested, actual) =>
    new SpError(412, CODES.etagMismatch,
      `The request ETag value '${requested}' does not match the object's ETag value '${actual}'.`),
  accessDenied: () =>
    new SpError(403, CODES.accessDenied,
      "Access denied. You do not have permission to perform this action or access this resource."),
  throttled: () =>
    new SpError(500, CODES.throttled,
      "The attempted operation is prohibited because it exceeds the list view threshold."),
  userMissing: () =>
    new SpError(404, CODES.userMissing, "User cannot be found."),
  notFound: (path) =>
    new SpError(404, CODES.notSupported, `Cannot find resource for the request ${path}.`),
  methodNotAllowed: (method, path) =>
    new SpError(405, "-1, Microsoft.SharePoint.Client.ClientServiceException",
      `The HTTP method '${method}' cannot be used to access the resource '${path}'. The operation type of the resource is specified as 'Default'. Please use correct HTTP method to invoke the resource.`),
  topTooLarge: (top) =>
    new SpError(400, CODES.invalidQuery,
      `The $top query option value '${top}' is not valid. The maximum value of $top for list items is 5000.`),
  listExists: () =>
    new SpError(500, CODES.listExists,
      "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title."),
  badRequest: (message) => new SpError(400, CODES.invalidQuery, message)
};

/** The JSON body SharePoint sends for an error in the given metadata mode. */
function errorBody(err, mode) {
  const payload = { code: err.code, message: { lang: "en-US", value: err.message } };
  return mode === "verbose" ? { error: payload } : { "odata.error": payload };
}

module.exports = { SpError, errors, errorBody, CODES };
