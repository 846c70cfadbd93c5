"""`make bench`: a rerunnable load test of the site on PostgreSQL, gunicorn and wrk (docs/performance.md)."""
