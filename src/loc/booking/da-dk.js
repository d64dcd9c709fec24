define([], function () {
  return {
    PropertyPaneDescription: "Book arbejdsgruppens timer på ØiR-opgaverne"
  };
});
