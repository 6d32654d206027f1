"""Runs the exported artifact steps of several cases in one Python process (torch imported once).

Usage: python run_artifacts.py JOBS.json, JOBS.json being [{"dir", "merge", "adapter", "convert",
"llamaCpp"}]: "merge" is the code of the exported `python -c "..."` merge step, run as __main__ in
the case directory as `python -c` would; then check_merged.check measures the merged checkpoint and
generates 4 tokens; then convert_gguf.convert runs convert_hf_to_gguf.py with the exported
arguments ("convert"). Each job's outcome goes to DIR/artifact.json: {"step", "error"} on failure,
else the measurements.
"""

import json
import os
import sys
import traceback
from pathlib import Path

import peft  # noqa: F401  (the merge step's imports, loaded once)
import torch  # noqa: F401
import transformers  # noqa: F401

sys.path.insert(0, str(Path(__file__).parent))
from check_merged import check  # noqa: E402
from convert_gguf import convert  # noqa: E402

home = os.getcwd()
for job in json.loads(Path(sys.argv[1]).read_text()):
    directory = Path(job["dir"])
    outcome: dict = {}
    step = "merge"
    os.chdir(directory)
    try:
        exec(compile(job["merge"], "<merge step>", "exec"), {"__name__": "__main__"})
        step = "check"
        outcome = check(directory / "merged", directory / job["adapter"])
        step = "convert"
        convert(Path(job["llamaCpp"]), job["convert"])
        step = "done"
    except BaseException:  # record the failing step and go on with the next case
        outcome = {"step": step, "error": traceback.format_exc()[-1500:]}
    finally:
        os.chdir(home)
    (directory / "artifact.json").write_text(json.dumps(outcome))
    print(f"done {directory}", flush=True)
