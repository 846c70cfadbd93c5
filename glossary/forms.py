"""The glossary entry's editor form."""

from cms.pages.forms import EditorialPageForm

SELF_RELATED_ERROR = "An entry cannot be its own related term. Choose another entry."


class GlossaryPageForm(EditorialPageForm):
    def clean(self):
        cleaned_data = super().clean()
        # Forms built for a subset of the fields (the API's) may have no related-terms formset.
        related_terms = self.formsets.get("related_terms")
        if self.instance.pk is not None and related_terms is not None:
            for form in related_terms.forms:
                if form.is_valid() and not form.cleaned_data.get("DELETE"):
                    term = form.cleaned_data.get("term")
                    if term is not None and term.pk == self.instance.pk:
                        form.add_error("term", SELF_RELATED_ERROR)
        return cleaned_data
