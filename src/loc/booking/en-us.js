define([], function () {
  return {
    PropertyPaneDescription: "Book the working group's hours on the ØiR tasks"
  };
});
