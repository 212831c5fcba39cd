export default defineBackground({
  main() {
    // Listeners are registered synchronously here; the tracker issue adds them.
  },
});
