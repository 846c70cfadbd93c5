"""The glossary entry's editor form, built on the form class of the site's page base."""

from wagtail.admin.forms import WagtailAdminPageForm

SELF_RELATED_ERROR = "An entry cannot be its own related term. Choose another entry."


class RelatedTermsFormMixin:
    """Refuses an entry as its own related term."""

    def clean(self):
        cleaned_data = super().clean()
        # Forms built for a subset of the fields (an API's) may have no related-terms formset.
        related_terms = self.formsets.get("related_terms")
        if self.instance.pk is not None and related_terms is not None:
            for form in related_terms.forms:
                if form.is_valid() and not form.cleaned_data.get("DELETE"):
                    term = form.cleaned_data.get("term")
                    if term is not None and term.pk == self.instance.pk:
                        form.add_error("term", SELF_RELATED_ERROR)
        return cleaned_data


def entry_form_class(page_base):
    """The entry's `base_form_class`: the page base's form (Wagtail's by default) with the entry's checks."""
    base_form = getattr(page_base, "base_form_class", None) or WagtailAdminPageForm
    return type("GlossaryPageForm", (RelatedTermsFormMixin, base_form), {"__module__": __name__})
