// Escape hides the open term tooltip without moving focus (WCAG 1.4.13, "dismissible"). It stays
// hidden until the pointer or the keyboard focus comes back to the term.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const open = document.querySelectorAll(".term-ref:is(:hover, :focus-within):not(.term-ref--dismissed)");
  open.forEach((ref) => ref.classList.add("term-ref--dismissed"));
});

document.querySelectorAll(".term-ref").forEach((ref) => {
  const reopen = () => ref.classList.remove("term-ref--dismissed");
  ref.addEventListener("mouseenter", reopen);
  ref.addEventListener("focusin", reopen);
});
