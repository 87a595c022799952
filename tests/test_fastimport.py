"""inflect imported without typeguard's per-method recompilation: same plurals, typeguard left as it was."""

from __future__ import annotations

import json
import subprocess
import sys

PLURALS = """
import json, sys
from newsweave.fastimport import import_unchecked
if sys.argv[1] == "unchecked":
    import typeguard
    original = typeguard.typechecked
    import_unchecked("inflect")
    assert typeguard.typechecked is original, "typechecked not restored"
from quantulum3 import load
table = load.units("en_US")
print(json.dumps(sorted(table.surfaces)))
"""


def surfaces(mode: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PLURALS, mode], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_unit_table_built_with_unchecked_inflect_has_the_same_surfaces_and_plurals():
    unchecked = surfaces("unchecked")
    assert "kilometres" in unchecked and "feet" in unchecked  # plurals made by inflect
    assert unchecked == surfaces("checked")


def test_an_imported_module_is_returned_as_it_is():
    from newsweave.fastimport import import_unchecked

    assert import_unchecked("json") is json


LOCATED = """
import sys
if sys.argv[1] == "located":
    import locate
    original = locate.this_dir
    from newsweave.fastimport import import_located
    wordfreq = import_located("wordfreq")
    assert locate.this_dir is original, "this_dir not restored"
else:
    import wordfreq
print(wordfreq.DATA_PATH, wordfreq.zipf_frequency("submarine", "en"))
"""


def test_wordfreq_imported_with_a_frame_based_this_dir_finds_the_same_data():
    def run(mode: str) -> str:
        return subprocess.run([sys.executable, "-c", LOCATED, mode], capture_output=True, text=True, check=True).stdout

    located = run("located")
    assert located == run("plain") and "wordfreq/data" in located


LEAVES = """
import json, sys
from newsweave.fastimport import import_leaf, import_submodule
sklearn_words = import_leaf("sklearn.feature_extraction._stop_words").ENGLISH_STOP_WORDS
spacy_words = import_leaf("spacy.lang.en.stop_words").STOP_WORDS
minhash = import_submodule("datasketch.minhash").MinHash
loaded = [name for name in ("sklearn", "spacy", "scipy", "datasketch") if name in sys.modules]
import datasketch  # the whole package afterwards, its own __init__ run, the same MinHash class in it
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from spacy.lang.en.stop_words import STOP_WORDS
print(json.dumps([loaded, sklearn_words == ENGLISH_STOP_WORDS, spacy_words == STOP_WORDS, len(STOP_WORDS),
                  datasketch.MinHash is minhash, "MinHashLSH" in dir(datasketch)]))
"""


def test_stop_word_lists_and_minhash_load_without_their_packages_and_equal_the_packages_own():
    done = subprocess.run([sys.executable, "-c", LEAVES], capture_output=True, text=True, check=True)
    loaded, same_sklearn, same_spacy, spacy_count, same_class, whole = json.loads(done.stdout)
    assert loaded == []  # none of scikit-learn, spaCy, SciPy, datasketch's __init__
    assert same_sklearn and same_spacy and spacy_count > 300
    assert same_class and whole


def test_a_leaf_outside_any_installed_package_is_an_import_error():
    import pytest

    from newsweave.fastimport import import_leaf

    with pytest.raises(ImportError):
        import_leaf("no_such_package_here.words")


SPACY = """
import json, sys
from newsweave.fastimport import import_spacy
spacy = import_spacy()
without = "spacy.cli" in sys.modules, "weasel" in sys.modules
nlp = spacy.blank("en")
words = [t.text for t in nlp("The Kursk sank on 12 August 2000.")]
import spacy.cli  # the real command line, importable afterwards
print(json.dumps([without, words, hasattr(spacy.cli, "download"), spacy.info()["spacy_version"] == spacy.__version__]))
"""


def test_spacy_is_imported_without_its_command_line_which_stays_importable():
    done = subprocess.run([sys.executable, "-c", SPACY], capture_output=True, text=True, check=True)
    without, words, real_cli, info = json.loads(done.stdout)
    assert without == [False, False]
    assert words == ["The", "Kursk", "sank", "on", "12", "August", "2000", "."]
    assert real_cli and info


UNIT_WORDS = """
from newsweave.unit_words import unit_words
print(unit_words(400, "pound-mass"), unit_words(12, "foot"))
import inflect
print(sorted(n for n in inflect.engine.plural.__code__.co_names if "check" in n))
"""


def test_the_summary_unit_words_load_quantulum3_with_unchecked_inflect():
    # `brief`'s main process reads units as words ("400 pounds") without the extractors: it loads quantulum3's
    # table itself, and inflect must come without typeguard's instrumentation there too (2 of its 3.7 s of CPU)
    done = subprocess.run([sys.executable, "-c", UNIT_WORDS], capture_output=True, text=True, check=True)
    words, checks = done.stdout.splitlines()
    assert words == "pounds feet"
    assert checks == "[]"  # an instrumented method calls typeguard's check_argument_types_internal
