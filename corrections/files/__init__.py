"""Every file Emend reads for an option or writes as output goes through here: one guarded reader,
one atomic writer that never touches the history it was asked to protect."""

from corrections.files.reader import FileRefused, read_limited, read_text_file
from corrections.files.writer import OutputRefused, atomic_output, check_output, free_path, write_file

__all__ = ["FileRefused", "OutputRefused", "atomic_output", "check_output", "free_path", "read_limited", "read_text_file",
           "write_file"]
