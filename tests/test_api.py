"""The public API: names exported, sorted, and matching what is importable."""

import consultagg as ca

PUBLIC_CALLABLES = ["read_comments", "read_plan", "analyse", "extract_opinions", "normalize_text",
                    "JiebaSegmenter", "NearDuplicateGrouper", "TopicClusterer", "UnitRouter",
                    "SectionMatcher", "DepartmentNormalizer", "ConsultationPipeline", "ConsultationResult"]


def test_all_is_sorted_and_complete():
    assert ca.__all__ == sorted(ca.__all__)
    import pkgutil

    exported = {name for name in dir(ca) if not name.startswith("_")}
    modules = {m.name for m in pkgutil.iter_modules(ca.__path__)}
    assert exported - modules - set(ca.__all__) == set()
    for name in ca.__all__:
        assert hasattr(ca, name), name


def test_every_public_name_is_defined_where_it_is_exported_from():
    import importlib

    for name, module in ca._EXPORTS.items():
        assert getattr(importlib.import_module(f"consultagg.{module}"), name) is getattr(ca, name)


def test_import_is_light():
    import subprocess
    import sys

    code = "import sys, consultagg; print('sklearn' in sys.modules, 'openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_design_names_are_public():
    for name in PUBLIC_CALLABLES:
        assert name in ca.__all__
        assert callable(getattr(ca, name))


def test_estimators_follow_the_params_protocol():
    from sklearn.base import clone

    for est in (ca.NearDuplicateGrouper(threshold=0.7), ca.TopicClusterer(n_topics=3),
                ca.UnitRouter(rules={"综合处": ["考核"]})):
        params = est.get_params()
        copy = clone(est)
        assert copy.get_params() == params
        assert copy is not est


def test_the_package_says_it_is_typed():
    from importlib.resources import files
    assert (files("consultagg") / "py.typed").is_file()
