"""Measures a merged checkpoint and the adapter it came from, and generates 4 tokens with it.

check(merged_dir, adapter_dir) returns, for each directory, the bytes of its .safetensors files,
the tensor bytes in them (file minus the 8-byte length and the JSON header), their dtypes and
element count; and how many new tokens generate() produced from the merged model and its saved
tokenizer. Used by run_artifacts.py.
"""

import json
import struct
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer


def measure(directory: Path) -> dict:
    files = sorted(directory.glob("*.safetensors"))
    summary = {"files": [f.name for f in files], "fileBytes": 0, "tensorBytes": 0, "elements": 0, "dtypes": []}
    dtypes = set()
    for f in files:
        raw = f.read_bytes()
        (header_length,) = struct.unpack("<Q", raw[:8])
        header = json.loads(raw[8 : 8 + header_length])
        summary["fileBytes"] += len(raw)
        summary["tensorBytes"] += len(raw) - 8 - header_length
        for name, entry in header.items():
            if name == "__metadata__":
                continue
            dtypes.add(entry["dtype"])
            count = 1
            for size in entry["shape"]:
                count *= size
            summary["elements"] += count
    summary["dtypes"] = sorted(dtypes)
    return summary


def check(merged: Path, adapter: Path) -> dict:
    result = {"merged": measure(merged), "adapter": measure(adapter)}
    tokenizer = AutoTokenizer.from_pretrained(merged)
    model = AutoModelForCausalLM.from_pretrained(merged)
    result["loadedDtype"] = str(model.dtype).removeprefix("torch.")
    inputs = tokenizer("the model reads a question", return_tensors="pt")
    with torch.no_grad():
        output = model.generate(**inputs, max_new_tokens=4, min_new_tokens=4, do_sample=False)
    result["generated"] = int(output.shape[1] - inputs["input_ids"].shape[1])
    return result
