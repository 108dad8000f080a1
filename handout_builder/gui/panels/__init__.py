"""The main window's panels: library, outline, section editor, preview, reading checks."""
