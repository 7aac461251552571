"""imIN Desktop: offline evaluation of challenge submissions."""

__version__ = "0.1.0"
