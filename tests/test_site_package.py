import importlib
import sysconfig
from pathlib import Path


def test_import_site_is_the_standard_library_module():
    site = importlib.import_module("site")
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    assert Path(site.__file__).resolve().parent == stdlib
    assert hasattr(site, "getsitepackages")


def test_the_site_folder_is_importable_as_helder():
    import helder.settings.base

    assert Path(helder.settings.base.__file__).resolve().parent.parent.name == "site"
