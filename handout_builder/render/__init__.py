"""PDF rendering with WeasyPrint, and the worker process that keeps it warm.

Only :mod:`handout_builder.render.pdf` and :mod:`handout_builder.render.fetcher`
import WeasyPrint; the GUI talks to :mod:`handout_builder.render.worker`, which
runs them in a separate process.
"""
