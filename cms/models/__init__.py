from .webhooks import WebhookDelivery, WebhookEndpoint
from .workflow_tasks import ContentChecksTask, ReviewTask

__all__ = ["ContentChecksTask", "ReviewTask", "WebhookDelivery", "WebhookEndpoint"]
