define([], function () {
  return {
    CommandMarkStarted: "Mark as started"
  };
});
