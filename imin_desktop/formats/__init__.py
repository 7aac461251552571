"""One module per file format; ``registry.FORMATS`` lists them all, in detection order."""
