package telegram

import "time"

// SetWebhookWait shortens how long the webhook waits for an update to be
// settled before answering 503.
func SetWebhookWait(c *Channel, d time.Duration) { c.webhookWait = d }
