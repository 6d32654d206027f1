"""Lists the config keys Axolotl's schema accepts, read from its source with `ast` (no import).

Usage: python axolotl_keys.py <axolotl git dir> <commit> > src/domain/export/axolotlKeys.json

Collects the annotated fields of `AxolotlInputConfig` and every base class it names (the schema
modules under src/axolotl/utils/schemas/), the nested FSDP config (`fsdp_config`), the SFT dataset
entry (`datasets[]`) with its user-defined prompt format (`type:` as a mapping), and the argument classes of the plugins the exports enable (Liger, Cut
Cross-Entropy), which Axolotl merges into the config when the plugin is listed under `plugins`.
"""

import ast
import json
import subprocess
import sys

GIT_DIR, COMMIT = sys.argv[1], sys.argv[2]
SCHEMAS = "src/axolotl/utils/schemas/"
PLUGINS = {
    "liger": ("src/axolotl/integrations/liger/args.py", "LigerArgs"),
    "cut_cross_entropy": ("src/axolotl/integrations/cut_cross_entropy/args.py", "CutCrossEntropyArgs"),
}


def git(*args: str) -> str:
    return subprocess.run(["git", "--git-dir", GIT_DIR, *args], check=True, capture_output=True, text=True).stdout


def classes_of(paths: list[str]) -> dict[str, ast.ClassDef]:
    found: dict[str, ast.ClassDef] = {}
    for path in paths:
        for node in ast.walk(ast.parse(git("show", f"{COMMIT}:{path}"))):
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, node)
    return found


def fields(name: str, classes: dict[str, ast.ClassDef]) -> set[str]:
    node = classes.get(name)
    if node is None:
        return set()
    own: set[str] = set()
    for stmt in node.body:
        if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
            continue
        if stmt.target.id == "model_config":  # pydantic's own settings, not a key
            continue
        own.add(stmt.target.id)
        # Field(alias="...") names the key as users write it (e.g. model_config for
        # overrides_of_model_config); populate_by_name accepts both spellings.
        if isinstance(stmt.value, ast.Call):
            for keyword in stmt.value.keywords:
                if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                    own.add(keyword.value.value)
    for base in node.bases:
        if isinstance(base, ast.Name):
            own |= fields(base.id, classes)
    return own


schema_files = [p for p in git("ls-tree", "-r", "--name-only", COMMIT, SCHEMAS).split() if p.endswith(".py")]
classes = classes_of(schema_files)
version = git("show", f"{COMMIT}:VERSION").strip()
plugin_keys = {}
for plugin, (path, cls) in PLUGINS.items():
    plugin_keys[plugin] = sorted(fields(cls, classes_of([path])))
print(
    json.dumps(
        {
            "source": f"github:axolotl-ai-cloud/axolotl {SCHEMAS}config.py (AxolotlInputConfig and its bases) @{COMMIT}",
            "version": version,
            "topLevel": sorted(fields("AxolotlInputConfig", classes)),
            "fsdpConfig": sorted(fields("FSDPConfig", classes)),
            "dataset": sorted(fields("SFTDataset", classes)),
            "datasetUserDefinedType": sorted(fields("UserDefinedPrompterType", classes)),
            "pluginKeys": plugin_keys,
            "pluginSources": {k: f"{v[0]} ({v[1]})" for k, v in PLUGINS.items()},
        },
        indent=2,
    )
)
