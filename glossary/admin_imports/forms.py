from django import forms
from django.utils.translation import gettext_lazy as _

from glossary import conf
from glossary.term_files import ImportNotAllowed, TermFileError, plan_import, read_terms
from glossary.term_files.formats import limit_in_words

FORMAT_CHOICES = [
    ("auto", _("Detect from the file name")),
    ("csv", "CSV"),
    ("json", "JSON"),
    ("jsonld", _("JSON-LD (a schema.org DefinedTermSet)")),
]


class UploadForm(forms.Form):
    """A terms file and its format; once valid, `plan` is its dry run for `user` and `data` its bytes."""

    file = forms.FileField(
        label=_("Terms file"),
        help_text=_("A CSV, JSON or JSON-LD file with the columns described in the editors' guide."),
    )
    file_format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES, initial="auto")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.plan = None
        self.data_bytes = None

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("file")
        if upload is None or "file_format" not in cleaned_data:
            return cleaned_data
        limit = conf.setting("GLOSSARY_IMPORT_MAX_BYTES")
        if upload.size > limit:
            self.add_error(
                "file",
                _("The file is %(size)s; the import limit is %(limit)s.")
                % {"size": limit_in_words(upload.size), "limit": limit_in_words(limit)},
            )
            return cleaned_data
        self.data_bytes = upload.read()
        try:
            terms_file = read_terms(self.data_bytes, upload.name, cleaned_data["file_format"])
            self.plan = plan_import(terms_file, self.user)
        except (TermFileError, ImportNotAllowed) as refusal:
            self.add_error("file", str(refusal))
        return cleaned_data


class ConfirmForm(forms.Form):
    submit_for_review = forms.BooleanField(
        label=_("Submit the entries for review"),
        required=False,
        help_text=_("Each written entry goes to the glossary's review workflow; a reviewer's approval publishes it."),
    )
    publish = forms.BooleanField(
        label=_("Publish directly"),
        required=False,
        help_text=_("Each written entry goes live at once, without review."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if user.is_superuser:
            self.fields["submit_for_review"].initial = False
        else:
            self.fields["submit_for_review"].initial = True
            del self.fields["publish"]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("submit_for_review") and cleaned_data.get("publish"):
            raise forms.ValidationError(
                _("Choose either to submit the entries for review or to publish them, not both.")
            )
        return cleaned_data
