define([], function () {
  return {
    AppName: "ØiR planner"
  };
});
