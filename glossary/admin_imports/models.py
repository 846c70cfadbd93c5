from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TermImport(models.Model):
    """One upload to the admin's Import terms view: the file, the dry run its user saw, and once
    confirmed the writing's progress and result."""

    PLANNED = "planned"
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    STATUSES = [
        (PLANNED, _("Dry run")),
        (QUEUED, _("Waiting for the task worker")),
        (RUNNING, _("Writing")),
        (DONE, _("Imported")),
        (FAILED, _("Failed")),
    ]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    file_name = models.CharField(max_length=255)
    file_format = models.CharField(max_length=10, help_text=_("The format the file was read as."))
    data = models.BinaryField()
    status = models.CharField(max_length=10, choices=STATUSES, default=PLANNED)
    dry_run = models.JSONField(default=list, help_text=_("The rows of the dry run the user saw."))
    counts = models.JSONField(default=dict)
    submit = models.BooleanField(default=False)
    publish = models.BooleanField(default=False)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    result = models.JSONField(default=dict)
    page_ids = models.JSONField(default=list, help_text=_("The entries the import wrote."))
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # A reviewer's "Approve all": who, its progress in the task worker, and what it approved.
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approval_status = models.CharField(max_length=10, blank=True, choices=STATUSES)
    approval_done = models.PositiveIntegerField(default=0)
    approval_total = models.PositiveIntegerField(default=0)
    approved_at = models.DateTimeField(null=True, blank=True)
    approval_result = models.JSONField(
        default=dict, help_text=_('{"approved": count, "refused": [[entry title, reason in words], ...]}')
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("terms import")

    def __str__(self):
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def format_label(self):
        return {"csv": "CSV", "json": "JSON", "jsonld": "JSON-LD"}[self.file_format]

    @property
    def is_writing(self):
        return self.status in (self.QUEUED, self.RUNNING)

    @property
    def is_approving(self):
        return self.approval_status in (self.QUEUED, self.RUNNING)

    @property
    def progress_percent(self):
        return round(100 * self.progress_done / self.progress_total) if self.progress_total else 0
