"""Health-literacy checks: reading level, jargon, passive voice, PEMAT,
contrast and the content linter."""
