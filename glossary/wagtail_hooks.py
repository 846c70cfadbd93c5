from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .term_files.imports import IMPORT_ACTION


@hooks.register("register_log_actions")
def register_import_action(actions):
    @actions.register_action(IMPORT_ACTION)
    class ImportTerms(LogFormatter):
        label = "Import terms"

        def format_message(self, log_entry):
            data = log_entry.data
            return (
                f'Imported terms from "{data["file_name"]}": {data["created"]} created, {data["updated"]} updated, '
                f"{data['unchanged']} unchanged, {data['refused']} refused"
            )
