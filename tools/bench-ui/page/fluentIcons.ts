/**
 * Registers Fluent UI's icon names, as a SharePoint page has done before any web part renders.
 * Without it every <Icon> logs an "icon not registered" warning, which costs our pages real
 * time that they never spend in SharePoint. The font files are not served (glyph downloads are
 * not part of what is measured); import this module first, before anything renders.
 */
import { initializeIcons } from "@fluentui/react";

initializeIcons(new URL("fonts/", document.baseURI).href, { disableWarnings: true });
