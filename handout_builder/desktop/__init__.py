"""At home on the desktop: the files the app opens, the freedesktop
integration (menu entry, icons, file type, AppStream) and the start-up of the
frozen (PyInstaller) bundle. Nothing here imports Qt except :mod:`.icons`.
"""
