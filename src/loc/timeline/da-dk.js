define([], function () {
  return {
    PropertyPaneDescription: "Tidsplanen for kommunens ØiR-implementering"
  };
});
