from cms.models.webhooks import WebhookDelivery, WebhookEndpoint
from cms.models.workflow_tasks import ContentChecksTask, ReviewTask

__all__ = ["ContentChecksTask", "ReviewTask", "WebhookDelivery", "WebhookEndpoint"]
