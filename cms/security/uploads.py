"""The admin's document form: Wagtail's, with the upload size limit WAGTAILDOCS_MAX_UPLOAD_SIZE."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data["file"]
        limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
        if file and file.size > limit:
            raise ValidationError(
                "This file is too big (%(size)s). Maximum filesize %(limit)s.",
                code="file_too_large",
                params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            )
        return file

    def _post_clean(self):
        # A refused file never reaches the document, whose clean() would then also report
        # 'File extension “” is not allowed' for the empty name.
        if "file" not in self.errors:
            super()._post_clean()
