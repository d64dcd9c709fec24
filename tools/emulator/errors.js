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
  tooManyRequests: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
  // Reported from SharePoint Online for a $select/$expand name the list does not have:
  // {"code":"-1, Microsoft.SharePoint.SPException","message":{"value":"The field or property 'State' does not exist."}}
  // (https://github.com/mrackley/HillbillyCascade/issues/7, https://github.com/nittygritty-uk/Atvero-Issues/issues/5).
  fieldOrPropertyMissing: "-1, Microsoft.SharePoint.SPException",
  // $batch limits are ODataLib's message quotas (SharePoint's REST layer reads $batch with ODataLib v5,
  // Microsoft.Data.OData); the code follows SharePoint's "<hresult>, <exception type>" form for it.
  odata: "-1, Microsoft.Data.OData.ODataException",
  // A value a column with EnforceUniqueValues already holds: SharePoint Online answers an add or
  // update with HTTP 500 and this code (0x810200BF), as captured through PnPjs:
  // `[500] ::> {"odata.error":{"code":"-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
  // "message":{"lang":"en-US","value":"The list item could not be added or updated because duplicate
  // values were found in the following field(s) in the list: [Title]."}}}` (an SPFx app matching that
  // exact text), the same 500 in https://github.com/pnp/pnpcore/issues/1280, and the numeric code in
  // CSOM as 0x810200bf (https://github.com/jasonrollins/shareplum/issues/41). The brackets name the
  // column's display name ("…in the list: [Order]." for a custom column "Order",
  // http://www.khamis.net/blog/Lists/Posts/Post.aspx?ID=25); the comparison is case-insensitive
  // ("Test" and "test" are duplicates, https://c-sharpcorner.com/uploadfile/anavijai/unique-column-constraints-in-sharepoint-2010/default.aspx).
  duplicateValues: "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException"
};

const errors = {
  unknownProperty: (name, typeName) =>
    new SpError(400, CODES.invalidQuery,
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`),
  unknownColumn: (name) =>
    new SpError(400, CODES.columnMissing, `Column '${name}' does not exist. It may have been deleted by another user.`),
  unknownEntityProperty: (name) =>
    new SpError(400, CODES.invalidQuery, `The field or property '${name}' does not exist.`),
  /** An unknown name in $select or $expand of list items (see CODES.fieldOrPropertyMissing). */
  unknownSelectField: (name) =>
    new SpError(400, CODES.fieldOrPropertyMissing, `The field or property '${name}' does not exist.`),
  /**
   * More than 100 query operations and change sets in one $batch: ODataLib's MaxPartsPerBatch (100)
   * — "REST batching has a maximum of 100 requests" (https://github.com/pnp/pnpcore/issues/284);
   * the text is ODataLib's ODataBatchReader_MaxBatchSizeExceeded, as reported in
   * https://github.com/OData/WebApi/issues/2163. The whole request fails with 400
   * (https://github.com/vgrem/office365-rest-python-client/issues/367: 200 adds → 400 on _api/$batch).
   */
  batchTooManyParts: (max) =>
    new SpError(400, CODES.odata,
      `The current batch message contains too many parts. A maximum number of '${max}' query operations and change sets are allowed in a batch message.`),
  /**
   * More than 100 operations in one change set (PnPjs puts a run of writes in one change set):
   * ODataLib's text as a server returned it (https://github.com/simple-odata-client/Simple.OData.Client/issues/447),
   * with SharePoint's limit of 100 requests.
   */
  changesetTooLarge: (max) =>
    new SpError(400, CODES.odata,
      `The current change set contains too many operations. Only change sets with a maximum number of '${max}' operations are allowed.`),
  /**
   * A $batch body over 1,048,576 bytes: SharePoint Online answers 400 with ODataLib's
   * MaxReceivedMessageSize text, reported verbatim in https://github.com/pnp/pnpcore/issues/777,
   * https://github.com/pnp/pnpjs/issues/1356 and https://github.com/pnp/powershell/issues/3436.
   */
  batchTooLarge: (bytes, max) =>
    new SpError(400, CODES.odata,
      `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${bytes} bytes has been read from the stream; however a maximum of ${max} bytes is allowed.`),
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
  listExists: () =>
    new SpError(500, CODES.listExists,
      "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title."),
  /**
   * A $batch part after a failed part, not run: "After an exception in a sequence of requests, all
   * subsequent requests are resolved as failed with [500] … -1, System.IndexOutOfRangeException …
   * Index was outside the bounds of the array." (https://github.com/pnp/pnpjs/issues/1275, /486).
   */
  batchAborted: () =>
    new SpError(500, "-1, System.IndexOutOfRangeException", "Index was outside the bounds of the array."),
  badRequest: (message) => new SpError(400, CODES.invalidQuery, message),
  /** An add or update that would give a unique column (EnforceUniqueValues) a value another item has (see CODES). */
  duplicateValues: (fieldTitles) =>
    new SpError(500, CODES.duplicateValues,
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fieldTitles.join(", ")}].`)
};

/** The JSON body SharePoint sends for an error in the given metadata mode. */
function errorBody(err, mode) {
  const payload = { code: err.code, message: { lang: "en-US", value: err.message } };
  return mode === "verbose" ? { error: payload } : { "odata.error": payload };
}

module.exports = { SpError, errors, errorBody, CODES };
