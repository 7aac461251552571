"""One module per file format; importing this package registers them, most specific first."""
