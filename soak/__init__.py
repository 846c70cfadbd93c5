"""The soak test: readers, an editor and a database outage against gunicorn (`make soak`)."""
