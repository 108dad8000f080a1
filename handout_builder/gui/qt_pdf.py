"""QtPdf's classes, for the preview and printing.

They load on first use, off the app's way to its first paint (importing QtPdf
and making its classes took ~5 ms of it), and usually on the background thread
that parses the first preview. PySide6 makes a class the first time it is
asked for; asked from two threads at once, it could make it twice. Importing
them through this module makes them once: Python runs a module once, and a
thread that imports it meanwhile waits for that.
"""

from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer

__all__ = ["QPdfDocument", "QPdfDocumentRenderOptions", "QPdfPageRenderer"]
