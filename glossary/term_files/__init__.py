"""Glossary terms to and from files: CSV, JSON and a JSON-LD DefinedTermSet (README: Import and export)."""

from .exports import export_terms, live_terms_dataset
from .formats import FORMATS, TermFileError, read_terms
from .imports import ImportNotAllowed, ImportPlan, ImportResult, PlannedRow, apply_import, plan_import
from .records import FIELDS, REQUIRED_FIELDS, TermRecord

__all__ = [
    "FIELDS",
    "FORMATS",
    "REQUIRED_FIELDS",
    "ImportNotAllowed",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "TermFileError",
    "TermRecord",
    "apply_import",
    "export_terms",
    "live_terms_dataset",
    "plan_import",
    "read_terms",
]
