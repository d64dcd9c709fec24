"use strict";
/**
 * The workbench page: what SPFx 1.4.1's `gulp serve` writes to temp/workbench.html
 * (@microsoft/sp-webpart-workbench/lib/api/workbenchPage.js) — the manifests script, the sp-loader
 * assembly, workbenchInit's globals, then spModuleLoader.start(preloadedData) — with one change:
 * 1.4.1's workbenchInit.js describes a made-up site ("https://wwww.contoso.com/sites/workbench",
 * so pageContext.web.absoluteUrl has another origin than the page and no SharePoint behind it).
 * Script URLs are absolute, as 1.4.1 writes them: sp-loader takes its public path from its own
 * script's src and finds React 15 relative to it, which must then be an absolute URL.
 * Here _spPageContextInfo describes the emulator's municipality site on this server's origin, as
 * a SharePoint page's server writes it, with a fresh form digest. Everything else is 1.4.1's.
 */

const LOADER_ASSEMBLY = "/node_modules/@microsoft/sp-loader/dist/sp-loader-assembly_en-us.js";
const FAVICON = "/node_modules/@microsoft/sp-webpart-workbench/lib/api/assets/server-icon.png";

function escapeScriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * preloadedData as workbenchInit.js builds it. site: { absoluteUrl, serverRelativeUrl, title },
 * user: { displayName, email }, culture e.g. "da-DK", formDigest from the emulator.
 */
function preloadedData({ site, user, culture, formDigest }) {
  const guid = (n) => `00000000-0000-4000-b000-${String(n).padStart(12, "0")}`;
  return {
    clientSideApplicationId: "8be81a5c-af38-4bb2-af97-afa3b64dfbed",
    spPageContextInfo: {
      listBaseTemplate: 119,
      cdnPrefix: "test.sharepoint",
      CorrelationId: guid(0),
      currentCultureName: culture,
      currentUICultureName: culture,
      groupId: 0,
      groupType: "Public",
      isAnonymousGuestUser: false,
      isAppWeb: true,
      isExternalGuestUser: false,
      isNoScriptEnabled: false,
      listId: guid(0),
      listPermsMask: { High: 0x7fffffff, Low: 0xffffffff },
      listUrl: `${site.absoluteUrl}/lists/todo`,
      listTitle: "Todo List",
      pageItemId: -1,
      pagePermsMask: { High: 0x7fffffff, Low: 0xffffffff },
      RecycleBinItemCount: -1,
      serverRequestPath: "/workbencch.aspx",
      siteAbsoluteUrl: site.absoluteUrl,
      siteId: guid(111111111111),
      siteClassification: "ABC",
      sitePagesEnabled: true,
      siteServerRelativeUrl: site.serverRelativeUrl,
      userDisplayName: user.displayName,
      userEmail: user.email,
      userLoginName: user.email,
      webAbsoluteUrl: site.absoluteUrl,
      webId: guid(222222222222),
      webLanguage: culture,
      webLogoUrl: `${site.absoluteUrl}/test.jpg`,
      webPermMasks: { High: 0x7fffffff, Low: 0xffffffff },
      webServerRelativeUrl: site.serverRelativeUrl,
      webTemplate: "Blog",
      webTitle: site.title,
      // What a SharePoint page adds (workbenchInit.js has none): PnPjs takes the digest from here.
      formDigestValue: formDigest,
      formDigestTimeoutSeconds: 1800
    },
    contextWebInfo: { FormDigestTimeoutSeconds: 1800, FormDigestValue: formDigest }
  };
}

function workbenchHtml(options) {
  const data = preloadedData(options);
  return `<!doctype html>
<html dir="ltr" lang="${options.culture.slice(0, 2)}">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>SharePoint Web Part Workbench</title>
  <link rel="shortcut icon" href="${options.origin}${FAVICON}" />
  <script type="text/javascript" src="${options.origin}/temp/manifests.js"></script>
  <script type="text/javascript" src="${options.origin}${LOADER_ASSEMBLY}"></script>
  <script type="text/javascript">
    // lib/api/workbenchInit.js of @microsoft/sp-webpart-workbench 1.4.1, with this page's site.
    window.DEBUG = true;
    window.ENVIRONMENTTYPE = 'Local';
    window.process = { env: { NODE_ENV: 'production' } };
    window.preloadedData = ${escapeScriptJson(data)};
    window.preloadedData.manifests = window.debugManifests.getManifests();
  </script>
</head>
<body>
  <script type="text/javascript">
    window.spModuleLoader.start(window.preloadedData);
  </script>
</body>
</html>
`;
}

module.exports = { workbenchHtml, preloadedData };
