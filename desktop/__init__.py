"""Parallax: compare how news outlets quoted the same statements."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("parallax")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
