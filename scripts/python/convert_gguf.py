"""Runs llama.cpp's convert_hf_to_gguf.py with the exported arguments, for a tiny test model.

convert(llama_cpp_dir, args) runs the script as `python convert_hf_to_gguf.py ARGS` would (as
__main__, with that argv). The one change: llama.cpp names a BPE tokenizer's pre-tokenizer by
hashing how it splits a fixed text, and the test's tokenizer (trained by tiny_models.py, byte-level
with GPT-2's split) is in no table, so an unknown hash is taken as "gpt-2" instead of stopping the
conversion. Real models' tokenizers are in llama.cpp's table; the tensors convert unchanged.
"""

import runpy
import sys
from pathlib import Path


def _allow_tiny_tokenizer(llama_cpp: Path) -> None:
    for path in (str(llama_cpp / "gguf-py"), str(llama_cpp)):
        if path not in sys.path:
            sys.path.insert(0, path)
    from conversion import base

    known = base.TextModel.get_vocab_base_pre
    if getattr(known, "tunewise", False):
        return

    def pre_tokenizer(self, tokenizer) -> str:
        try:
            return known(self, tokenizer)
        except NotImplementedError:
            return "gpt-2"

    pre_tokenizer.tunewise = True
    base.TextModel.get_vocab_base_pre = pre_tokenizer


def convert(llama_cpp: Path, args: list[str]) -> None:
    _allow_tiny_tokenizer(llama_cpp)
    script = llama_cpp / "convert_hf_to_gguf.py"
    saved = sys.argv
    sys.argv = [str(script), *args]
    try:
        runpy.run_path(str(script), run_name="__main__")
    finally:
        sys.argv = saved
