define([], function () {
  return {
    AppName: "ØiR-planlægger"
  };
});
