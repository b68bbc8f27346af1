"""Package layout: the `site/` folder installs as the `helder` package.

Python's stdlib already owns the name `site` (it is imported before any
project code), so the Django project folder is mapped to a distinct import
name here. The rest of the metadata lives in pyproject.toml.
"""

from setuptools import find_packages, setup

TOP_LEVEL = ["content_models", "readability", "translations"]

packages = find_packages(include=[f"{name}*" for name in TOP_LEVEL])
packages += ["helder"] + [f"helder.{sub}" for sub in find_packages("site")]

setup(packages=packages, package_dir={"helder": "site"})
