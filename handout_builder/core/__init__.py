"""The core of Handout Builder: domain model, files, context building.

Nothing in this package imports Qt (tests/core/test_architecture.py enforces it),
so the command line, the render worker and the GUI all share it.
"""
