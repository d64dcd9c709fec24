define([], function () {
  return {
    PropertyPaneDescription: "The municipality's ØiR implementation timeline"
  };
});
