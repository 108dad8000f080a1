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
    from handout_builder.cli import main

    sys.exit(main())
