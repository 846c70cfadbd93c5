"""The admin side of importing terms: upload, dry run, confirm, progress, approval (README: Import and export)."""
