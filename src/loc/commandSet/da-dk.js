define([], function () {
  return {
    CommandMarkStarted: "Markér som påbegyndt"
  };
});
