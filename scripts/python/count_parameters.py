"""Counts the parameters transformers itself builds for each config, on the meta device.

Reads a JSON file {name: {"config": {...}, "ours": int}} and prints one JSON line per model:
{"name", "transformers", "ours", "error", "dropped"} (dropped: fields of an older format that the
current config class refuses, left to its default). Nothing is allocated: `torch.device("meta")` builds the
modules without storage, so a 1T-parameter model takes a second. Fields that JSON wrote as ints
where the config class wants floats (1 for 1.0) are retried as floats.
"""

import json
import re
import sys

import torch
import transformers
from transformers import AutoConfig, AutoModel, AutoModelForCausalLM, AutoModelForImageTextToText

SKIP = {"architectures", "transformers_version", "torch_dtype", "dtype", "auto_map"}

# Checkpoints whose remote code is an architecture transformers has under another name: Kimi K2's
# config says kimi_k2, its auto_map and architectures say DeepseekV3.
SAME_AS = {"kimi_k2": "deepseek_v3"}


def as_float(fields: dict, key: str) -> bool:
    """Turns `key` into a float wherever it sits (top level or a nested text/vision config)."""
    found = False
    for name, value in fields.items():
        if name == key and isinstance(value, (int, list)) and not isinstance(value, bool):
            fields[name] = [float(v) for v in value] if isinstance(value, list) else float(value)
            found = True
        elif isinstance(value, dict):
            found = as_float(value, key) or found
    return found


def drop(fields: dict, key: str) -> bool:
    """Removes a non-numeric field of an older format (so the class default applies)."""
    found = False
    for name in list(fields):
        if name == key:
            del fields[name]
            found = True
        elif isinstance(fields[name], dict):
            found = drop(fields[name], key) or found
    return found


def config_for(config: dict, dropped: list):
    fields = json.loads(json.dumps({k: v for k, v in config.items() if k not in SKIP}))
    model_type = fields.pop("model_type")
    model_type = SAME_AS.get(model_type, model_type)
    for _ in range(40):
        try:
            return AutoConfig.for_model(model_type, **fields)
        except Exception as error:  # a strict dataclass names the field it refused
            match = re.search(r"field '([^']+)'", str(error))
            if not match:
                raise
            key = match.group(1)
            if "expected float" in str(error) and as_float(fields, key):
                continue
            # A field of an older format (Llama 4's attn_temperature_tuning: 4 is a bool now):
            # shapes are ints, which every class accepts, so a dropped field never sizes a tensor.
            if "expected bool" in str(error) and drop(fields, key):
                dropped.append(key)
                continue
            raise
    raise RuntimeError("too many retries")


def build(config, multimodal: bool):
    errors = []
    order = (AutoModelForImageTextToText, AutoModelForCausalLM, AutoModel) if multimodal else (
        AutoModelForCausalLM, AutoModel)
    for auto in order:
        try:
            with torch.device("meta"):
                return auto.from_config(config)
        except Exception as error:
            errors.append(f"{auto.__name__}: {type(error).__name__}: {str(error)[:200]}")
    raise RuntimeError("; ".join(errors))


def main(path: str) -> None:
    cases = json.load(open(path))
    for name, case in cases.items():
        row = {"name": name, "ours": case["ours"], "transformers": None, "error": None, "dropped": []}
        try:
            model = build(config_for(case["config"], row["dropped"]), "vision_config" in case["config"])
            row["transformers"] = sum(p.numel() for p in model.parameters())
        except Exception as error:
            row["error"] = f"{type(error).__name__}: {str(error)[:400]}"
        print(json.dumps(row), flush=True)
    print(json.dumps({"transformers_version": transformers.__version__}))


if __name__ == "__main__":
    main(sys.argv[1])
