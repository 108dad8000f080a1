"""`python -m handout_builder` — same as the `handout-builder` command; also the
entry point of the frozen app (``make bundle``)."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the bundle (imports kept off the source start-up)
        import multiprocessing

        # The frozen app starts its render worker by running itself again;
        # this turns that run into the worker.
        multiprocessing.freeze_support()
        from handout_builder.desktop import frozen

        frozen.prepare()
    import gc

    # What start-up makes lives as long as the app: the cycle collector waits
    # (handout_builder.gui.app resumes it once the window has started; a
    # command resumes it at once).
    gc.disable()
    from handout_builder.cli import main

    sys.exit(main())
