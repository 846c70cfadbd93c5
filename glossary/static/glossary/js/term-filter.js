// Filters the glossary index as the reader types; without JavaScript the form submits ?q=.
document.querySelectorAll("[data-term-filter]").forEach((input) => {
  const groups = document.getElementById(input.getAttribute("aria-controls"));
  const status = document.querySelector("[data-term-filter-status]");
  input.addEventListener("input", () => {
    const typed = input.value.trim();
    const needle = typed.toLowerCase();
    let shown = 0;
    groups.querySelectorAll(".term-group").forEach((group) => {
      let visible = 0;
      group.querySelectorAll("[data-filter-text]").forEach((item) => {
        item.hidden = needle !== "" && !item.dataset.filterText.includes(needle);
        visible += item.hidden ? 0 : 1;
      });
      group.hidden = visible === 0;
      shown += visible;
    });
    const message = shown === 1 ? status.dataset.one : status.dataset.other;
    status.textContent = needle ? message.replace("{number}", shown).replace("{query}", typed) : "";
  });
});
