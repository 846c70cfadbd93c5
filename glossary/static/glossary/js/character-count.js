// The "character-count" controller of glossary.widgets.CharacterCountTextarea: a live count under a
// plain-text field, counted as the form's length check counts (outer whitespace trimmed, code
// points, a line break as the two characters a browser sends).
window.wagtail.app.register(
  'character-count',
  class extends window.StimulusModule.Controller {
    static classes = ['over'];
    static targets = ['input', 'output'];
    static values = { limit: Number, withinLimit: String, overLimit: String };

    connect() {
      this.update();
    }

    update() {
      const text = this.inputTarget.value.trim().replace(/\r?\n/g, '\r\n');
      const length = [...text].length;
      const over = length - this.limitValue;
      const message = over > 0 ? this.overLimitValue : this.withinLimitValue;
      this.outputTarget.textContent = message
        .replace('{length}', length)
        .replace('{limit}', this.limitValue)
        .replace('{over}', over);
      this.outputTarget.classList.toggle(this.overClass, over > 0);
    }
  },
);
