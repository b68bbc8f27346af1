// The yearly overview's print button: shown only where the browser can print.
document.querySelectorAll("[data-print]").forEach((holder) => {
  if (typeof window.print !== "function") return;
  holder.hidden = false;
  holder.querySelector("button").addEventListener("click", () => window.print());
});
